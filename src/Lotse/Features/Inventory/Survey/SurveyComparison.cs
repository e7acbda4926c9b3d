namespace Lotse.Features.Inventory.Survey;

/// <summary>The counts of two or more rounds side by side, matched by question key and answer key (null: not asked in that round).</summary>
public static class SurveyComparison
{
    public sealed record Row(string QuestionKey, string Question, string Answer, IReadOnlyList<int?> Counts);

    public static IReadOnlyList<Row> Create(IReadOnlyList<SurveySummary> rounds)
    {
        var rows = new List<Row>();
        var seen = new HashSet<(string, string)>();
        foreach (var question in rounds.SelectMany(r => r.Questions))
        {
            foreach (var count in question.Counts)
            {
                if (!seen.Add((question.Key, count.Key)))
                    continue;
                rows.Add(new Row(question.Key, question.Text, count.Label,
                    rounds.Select(r => r.Question(question.Key)?.Counts.FirstOrDefault(c => c.Key == count.Key)?.Count).ToList()));
            }
        }
        return rows;
    }
}
