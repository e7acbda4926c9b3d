using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>
/// Reads a posted answer form into answers and checks them: numbers and ranges always, required questions only
/// on submit. Field names: the question key; "{key}.sonstiges" for "other", "{key}.name"/"{key}.funktion" for
/// persons, "{key}.keineAngabe" for "not stated".
/// </summary>
public static class SurveyAnswerForm
{
    public const int MaxTextLength = 4000;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <param name="error">Called with the field id (the question key) and the German message.</param>
    public static Dictionary<string, SurveyAnswer> Read(IEnumerable<SurveyQuestion> questions, Func<string, IReadOnlyList<string>> form,
        bool submitting, IStringLocalizer text, Action<string, string> error)
    {
        var answers = new Dictionary<string, SurveyAnswer>();
        foreach (var question in questions.OrderBy(q => q.Position))
        {
            var answer = ReadOne(question, form, text, message => error(question.Key, message));
            if (answer is null)
                continue;
            if (submitting && question.Required && !IsAnswered(question, answer))
                error(question.Key, text["Answer.Required", question.Text]);
            if (!answer.IsEmpty)
                answers[question.Key] = answer;
        }
        return answers;
    }

    public static bool IsAnswered(SurveyQuestion question, SurveyAnswer? answer) => answer is not null && question.Kind switch
    {
        SurveyQuestionKind.YesNo => answer.Yes is not null,
        SurveyQuestionKind.Person => !string.IsNullOrWhiteSpace(answer.Name),
        SurveyQuestionKind.Number or SurveyQuestionKind.StaffShare => answer.Number is not null || answer.NotStated,
        SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice => answer.Options.Count > 0 || !string.IsNullOrWhiteSpace(answer.Other),
        _ => !string.IsNullOrWhiteSpace(answer.Text),
    };

    // Null when the posted value is invalid (the message has been given).
    private static SurveyAnswer? ReadOne(SurveyQuestion question, Func<string, IReadOnlyList<string>> form, IStringLocalizer text, Action<string> error)
    {
        var key = question.Key;
        string? One(string name) => Clean(form(name).FirstOrDefault());
        string? Limited(string name)
        {
            var value = One(name);
            if (value is { Length: > MaxTextLength })
            {
                error(text["Answer.TooLong", question.Text, MaxTextLength]);
                return null;
            }
            return value;
        }

        switch (question.Kind)
        {
            case SurveyQuestionKind.YesNo:
                return One(key) switch
                {
                    null => new SurveyAnswer(),
                    "ja" => new SurveyAnswer { Yes = true },
                    "nein" => new SurveyAnswer { Yes = false },
                    _ => Invalid(error, text["Answer.Choice", question.Text]),
                };
            case SurveyQuestionKind.Text:
                return new SurveyAnswer { Text = Limited(key) };
            case SurveyQuestionKind.Person:
                return new SurveyAnswer { Name = Limited($"{key}.name"), Function = Limited($"{key}.funktion") };
            case SurveyQuestionKind.Number or SurveyQuestionKind.StaffShare:
            {
                var notStated = question.Kind == SurveyQuestionKind.StaffShare && One($"{key}.keineAngabe") is "true" or "on";
                var raw = One(key);
                if (raw is null)
                    return new SurveyAnswer { NotStated = notStated };
                if (notStated)
                    return Invalid(error, text["Answer.NumberAndNotStated", question.Text]);
                if (!TryNumber(raw, out var number))
                    return Invalid(error, text["Answer.Number", question.Text]);
                if ((question.Min is { } min && number < min) || (question.Max is { } max && number > max))
                    return Invalid(error, text["Answer.Range", question.Text, Format(question.Min), Format(question.Max)]);
                return new SurveyAnswer { Number = number };
            }
            default:
            {
                var chosen = form(key).Select(Clean).OfType<string>().Distinct().ToList();
                var known = question.Options.Select(o => o.Key).ToHashSet();
                if (chosen.Any(c => !known.Contains(c)) || (question.Kind == SurveyQuestionKind.SingleChoice && chosen.Count > 1))
                    return Invalid(error, text["Answer.Choice", question.Text]);
                var other = question.AllowsOther ? Limited($"{key}.sonstiges") : null;
                return new SurveyAnswer { Options = chosen, Other = other };
            }
        }
    }

    private static SurveyAnswer? Invalid(Action<string> error, string message)
    {
        error(message);
        return null;
    }

    /// <summary>German ("1.234,5", "0,1") or plain ("0.1") numbers.</summary>
    public static bool TryNumber(string raw, out decimal number)
    {
        var value = raw.Replace(" ", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal);
        if (value.Contains(',', StringComparison.Ordinal) || value.Count(c => c == '.') > 1 || (value.Contains('.') && value.Length - value.IndexOf('.') == 4))
            return decimal.TryParse(value, NumberStyles.Number, German, out number);
        return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out number);
    }

    public static string Format(decimal? value) => value?.ToString("#,0.##", German) ?? "";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
