namespace Lotse.Features.Finance.CostModel;

/// <summary>Annual rates valid from/to a date: per pay grade, per IT workstation, per office.</summary>
public sealed record RateTable(
    string Name,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? Source,
    IReadOnlyDictionary<string, decimal> PayGradeRates,
    decimal? WorkstationRate,
    decimal? OfficeRate)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>The rate of a pay grade, written in any spacing or case ("A11", "a 11").</summary>
    public decimal? RateOf(string payGrade)
    {
        var key = PayGrade.Normalize(payGrade);
        foreach (var (grade, rate) in PayGradeRates)
            if (PayGrade.Normalize(grade) == key)
                return rate;
        return null;
    }

    /// <summary>The table valid on the date; of several, the one that started last.</summary>
    public static RateTable? ValidOn(IEnumerable<RateTable> tables, DateOnly date) =>
        tables.Where(t => t.IsValidOn(date)).OrderByDescending(t => t.ValidFrom).FirstOrDefault();
}

public static class PayGrade
{
    /// <summary>"TVöD E 6", "tvöd e6" → "TVÖDE6": grades compare without spaces and case.</summary>
    public static string Normalize(string grade) =>
        string.Concat(grade.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
