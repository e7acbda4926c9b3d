using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>The answer to one question; which fields are used depends on the question's kind.</summary>
public sealed record SurveyAnswer
{
    public bool? Yes { get; init; }
    public string? Text { get; init; }
    public decimal? Number { get; init; }
    /// <summary>Staff share or number explicitly "keine Angabe".</summary>
    public bool NotStated { get; init; }
    public IReadOnlyList<string> Options { get; init; } = [];
    public string? Other { get; init; }
    public string? Name { get; init; }
    public string? Function { get; init; }

    public bool IsEmpty => Yes is null && Text is null && Number is null && !NotStated && Options.Count == 0 && Other is null && Name is null && Function is null;
}

/// <summary>An answer set as stored in <see cref="SurveyResponse.AnswersJson"/>: answers by question key.</summary>
public static class SurveyAnswers
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string ToJson(IReadOnlyDictionary<string, SurveyAnswer> answers) =>
        JsonSerializer.Serialize(answers.Where(a => !a.Value.IsEmpty).ToDictionary(a => a.Key, a => a.Value), Json);

    public static IReadOnlyDictionary<string, SurveyAnswer> FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? new Dictionary<string, SurveyAnswer>()
            : JsonSerializer.Deserialize<Dictionary<string, SurveyAnswer>>(json, Json) ?? new Dictionary<string, SurveyAnswer>();
}
