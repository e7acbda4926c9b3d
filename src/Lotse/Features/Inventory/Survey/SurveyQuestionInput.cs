using System.Globalization;
using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>
/// The form of one question in the template editor. Options are one per line, "Bezeichnung | Themencode | Zielgruppencode"
/// (codes optional); an option whose label stays keeps its key, so answers of earlier rounds still match.
/// </summary>
public sealed class SurveyQuestionInput
{
    public const int MaxTextLength = 1000;
    public const int MaxLabelLength = 300;

    public string? Text { get; set; }
    public string? Hint { get; set; }
    public string? Kind { get; set; }
    public bool Required { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public string? Options { get; set; }

    public static bool IsChoice(SurveyQuestionKind kind) => kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice;

    public static SurveyQuestionInput From(SurveyQuestion question) => new()
    {
        Text = question.Text,
        Hint = question.Hint,
        Kind = question.Kind.ToString(),
        Required = question.Required,
        Min = question.Min?.ToString(CultureInfo.GetCultureInfo("de-DE")),
        Max = question.Max?.ToString(CultureInfo.GetCultureInfo("de-DE")),
        Options = string.Join("\n", question.Options.OrderBy(o => o.Position).Select(o =>
            o.TopicCode is null && o.AudienceCode is null ? o.Label : $"{o.Label} | {o.TopicCode} | {o.AudienceCode}")),
    };

    /// <summary>Checks the input (messages under "{prefix}.Field"); null when invalid.</summary>
    public async Task<Valid?> ValidateAsync(LotseDbContext db, IStringLocalizer text, ModelStateDictionary state, string prefix, CancellationToken cancellationToken)
    {
        var ok = true;
        void Error(string field, string message)
        {
            state.AddModelError($"{prefix}.{field}", message);
            ok = false;
        }

        var questionText = Text?.Trim();
        if (string.IsNullOrEmpty(questionText))
            Error(nameof(Text), text["Templates.TextRequired"]);
        else if (questionText.Length > MaxTextLength)
            Error(nameof(Text), text["Templates.TooLong", MaxTextLength]);
        var hint = string.IsNullOrWhiteSpace(Hint) ? null : Hint.Trim();
        if (hint is { Length: > MaxTextLength })
            Error(nameof(Hint), text["Templates.TooLong", MaxTextLength]);
        if (!Enum.TryParse<SurveyQuestionKind>(Kind, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Kind, out _))
            Error(nameof(Kind), text["Templates.KindRequired"]);
        var min = Number(Min, nameof(Min), Error, text);
        var max = Number(Max, nameof(Max), Error, text);
        if (min is { } lo && max is { } hi && lo > hi)
            Error(nameof(Max), text["Templates.MinAboveMax"]);

        var options = new List<(string Label, string? Topic, string? Audience)>();
        if (IsChoice(kind))
        {
            var topics = await CodesAsync(db, TaxonomyCodes.Topic, cancellationToken);
            var audiences = await CodesAsync(db, TaxonomyCodes.Audience, cancellationToken);
            foreach (var line in (Options ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                var parts = line.Split('|').Select(p => p.Trim()).ToArray();
                var label = parts[0];
                var topic = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
                var audience = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
                if (label.Length == 0 || parts.Length > 3)
                    Error(nameof(Options), text["Templates.OptionLine", line]);
                else if (label.Length > MaxLabelLength)
                    Error(nameof(Options), text["Templates.TooLong", MaxLabelLength]);
                else if (options.Any(o => o.Label == label))
                    Error(nameof(Options), text["Templates.OptionTwice", label]);
                if (topic is not null && !topics.Contains(topic))
                    Error(nameof(Options), text["Templates.UnknownTopic", topic]);
                if (audience is not null && !audiences.Contains(audience))
                    Error(nameof(Options), text["Templates.UnknownAudience", audience]);
                options.Add((label, topic, audience));
            }
            if (options.Count == 0)
                Error(nameof(Options), text["Templates.OptionsRequired"]);
        }
        return ok ? new Valid(questionText!, hint, kind, Required, min, max, options) : null;
    }

    /// <summary>The checked values of a question.</summary>
    public sealed record Valid(string Text, string? Hint, SurveyQuestionKind Kind, bool Required, decimal? Min, decimal? Max,
        IReadOnlyList<(string Label, string? Topic, string? Audience)> Options)
    {
        /// <summary>Writes the values into the question; options are replaced, keeping the key of an unchanged label.</summary>
        public void ApplyTo(SurveyQuestion question, LotseDbContext db)
        {
            question.Text = Text;
            question.Hint = Hint;
            question.Kind = Kind;
            question.Required = Required;
            question.Min = Min;
            question.Max = Max;
            if (!IsChoice(Kind))
                question.AllowsOther = false;
            var old = question.Options.ToList();
            var keys = new List<string>();
            var kept = new List<SurveyOption>();
            for (var i = 0; i < Options.Count; i++)
            {
                var (label, topic, audience) = Options[i];
                var option = old.FirstOrDefault(o => o.Label == label && !kept.Contains(o));
                if (option is null)
                {
                    option = new SurveyOption { Id = Guid.NewGuid(), QuestionId = question.Id, Key = SurveyKeys.From(label, old.Select(o => o.Key).Concat(keys)), Label = label };
                    question.Options.Add(option);
                    // Added explicitly: with its key already set, EF would take a new option of a tracked question for an existing row.
                    db.SurveyOptions.Add(option);
                }
                option.Position = i;
                option.TopicCode = topic;
                option.AudienceCode = audience;
                keys.Add(option.Key);
                kept.Add(option);
            }
            foreach (var option in old.Where(o => !kept.Contains(o)))
            {
                question.Options.Remove(option);
                db.SurveyOptions.Remove(option);
            }
        }
    }

    private static decimal? Number(string? value, string field, Action<string, string> error, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.GetCultureInfo("de-DE"), out var number) && Math.Abs(number) < 1_000_000_000_000m)
            return number;
        error(field, text["Templates.NumberInvalid"]);
        return null;
    }

    private static async Task<HashSet<string>> CodesAsync(LotseDbContext db, string taxonomy, CancellationToken cancellationToken) =>
        (await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy.Code == taxonomy).Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
