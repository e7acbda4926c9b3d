using System.Globalization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>One municipality's submitted answers, as the summary reads them.</summary>
public sealed record SubmittedAnswers(string Municipality, IReadOnlyDictionary<string, SurveyAnswer> Answers);

/// <summary>How many respondents chose an option (or answered yes, or named a person).</summary>
public sealed record OptionCount(string Key, string Label, int Count);

/// <summary>The county figures of one question.</summary>
/// <param name="Answered">Respondents with an answer (for numbers: with a figure).</param>
/// <param name="NotStated">Numbers and staff shares: respondents who gave none ("keine Angabe" or empty).</param>
public sealed record QuestionSummary(
    string Key,
    string Text,
    SurveyQuestionKind Kind,
    int Answered,
    IReadOnlyList<OptionCount> Counts,
    decimal? Min,
    decimal? Max,
    decimal? Total,
    int NotStated,
    string? Finding);

/// <summary>
/// The county summary of a round (like the 2013 findings: "X von 19 Kommunen …", staff shares from 10 % of a
/// position to 3 positions, fields of action, cooperation partners, spending totals), from submitted answers only.
/// </summary>
public sealed class SurveySummary
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private SurveySummary(int municipalities, int respondents, IReadOnlyList<QuestionSummary> questions, IReadOnlyList<string> findings)
    {
        Municipalities = municipalities;
        Respondents = respondents;
        Questions = questions;
        Findings = findings;
    }

    /// <summary>Municipalities asked in the round.</summary>
    public int Municipalities { get; }

    /// <summary>Municipalities that submitted; the "von N" of every finding.</summary>
    public int Respondents { get; }

    public IReadOnlyList<QuestionSummary> Questions { get; }

    /// <summary>The findings as German sentences, in question order.</summary>
    public IReadOnlyList<string> Findings { get; }

    public QuestionSummary? Question(string key) => Questions.FirstOrDefault(q => q.Key == key);

    public static SurveySummary Create(IEnumerable<SurveyQuestion> questions, IReadOnlyList<SubmittedAnswers> submitted, int municipalities)
    {
        var n = submitted.Count;
        var summaries = questions.OrderBy(q => q.Position).Select(q => Summarise(q, submitted)).ToList();
        var findings = new List<string> { $"{n} von {municipalities} Kommunen haben den Fragebogen abgegeben." };
        findings.AddRange(summaries.Select(s => s.Finding).OfType<string>());
        return new SurveySummary(municipalities, n, summaries, findings);
    }

    private static QuestionSummary Summarise(SurveyQuestion question, IReadOnlyList<SubmittedAnswers> submitted)
    {
        var n = submitted.Count;
        var answers = submitted.Select(s => s.Answers.GetValueOrDefault(question.Key)).ToList();
        switch (question.Kind)
        {
            case SurveyQuestionKind.YesNo:
            {
                var yes = answers.Count(a => a?.Yes == true);
                var no = answers.Count(a => a?.Yes == false);
                return new(question.Key, question.Text, question.Kind, yes + no, [new("ja", "Ja", yes), new("nein", "Nein", no)],
                    null, null, null, 0, Sentence(question, yes, n));
            }
            case SurveyQuestionKind.Person:
            {
                var named = answers.Count(a => !string.IsNullOrWhiteSpace(a?.Name));
                return new(question.Key, question.Text, question.Kind, named, [new("benannt", "Person benannt", named)],
                    null, null, null, 0, Sentence(question, named, n));
            }
            case SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice:
                return Choices(question, answers, n);
            case SurveyQuestionKind.StaffShare or SurveyQuestionKind.Number:
                return Numbers(question, answers, n);
            default:
            {
                var answered = answers.Count(a => !string.IsNullOrWhiteSpace(a?.Text));
                return new(question.Key, question.Text, question.Kind, answered, [], null, null, null, 0, null);
            }
        }
    }

    private static QuestionSummary Choices(SurveyQuestion question, List<SurveyAnswer?> answers, int n)
    {
        var counts = question.Options.OrderBy(o => o.Position)
            .Select(o => new OptionCount(o.Key, o.Label, answers.Count(a => a?.Options.Contains(o.Key) == true)))
            .ToList();
        if (question.AllowsOther)
            counts.Add(new("sonstiges", "Sonstiges", answers.Count(a => !string.IsNullOrWhiteSpace(a?.Other))));
        var answered = answers.Count(a => a is not null && (a.Options.Count > 0 || !string.IsNullOrWhiteSpace(a.Other)));
        var top = counts.Where(c => c.Count > 0).OrderByDescending(c => c.Count).Take(3).ToList();
        var finding = top.Count == 0
            ? null
            : $"{question.Text}: am häufigsten {string.Join(", ", top.Select(c => $"{c.Label} ({c.Count} von {n})"))}.";
        return new(question.Key, question.Text, question.Kind, answered, counts, null, null, null, 0, finding);
    }

    private static QuestionSummary Numbers(SurveyQuestion question, List<SurveyAnswer?> answers, int n)
    {
        var values = answers.Where(a => a is { NotStated: false, Number: not null }).Select(a => a!.Number!.Value).ToList();
        var notStated = n - values.Count;
        decimal? min = values.Count > 0 ? values.Min() : null, max = values.Count > 0 ? values.Max() : null;
        decimal? total = values.Count > 0 ? values.Sum() : null;
        string? finding = null;
        if (question.Kind == SurveyQuestionKind.StaffShare && min is not null)
            finding = $"Stellenanteile für Integrationsaufgaben von {StaffShare(min.Value)} bis {StaffShare(max!.Value)}; " +
                      $"{notStated} von {n} Kommunen ohne Angabe.";
        else if (question.Kind == SurveyQuestionKind.Number && total is not null)
            finding = $"{question.Text}: zusammen {Figure(question, total.Value)} aus {values.Count} von {n} Kommunen " +
                      $"(von {Figure(question, min!.Value)} bis {Figure(question, max!.Value)}).";
        return new(question.Key, question.Text, question.Kind, values.Count, [], min, max, total, notStated, finding);
    }

    private static string? Sentence(SurveyQuestion question, int count, int n) =>
        question.SummaryText is { } text ? string.Format(German, text, count, n) : null;

    /// <summary>A staff share in words: 0,1 → "10 % einer Stelle", 1 → "1 Stelle", 3 → "3 Stellen".</summary>
    public static string StaffShare(decimal positions) => positions switch
    {
        < 1 => $"{(positions * 100).ToString("0.#", German)} % einer Stelle",
        1 => "1 Stelle",
        _ => $"{positions.ToString("0.##", German)} Stellen",
    };

    /// <summary>A figure of a number question; euro amounts (questions in EUR) as "353.094 €".</summary>
    public static string Figure(SurveyQuestion question, decimal value) =>
        question.Text.Contains("EUR", StringComparison.Ordinal) ? $"{value.ToString("#,0", German)} €" : value.ToString("#,0.##", German);
}
