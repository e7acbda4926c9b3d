namespace Lotse.Features.Finance.Levy;

/// <summary>One municipality's levy base and its part of the distributed amount.</summary>
public sealed record LevyShare(Guid MunicipalityId, decimal Base, decimal Percent, decimal Amount);

/// <summary>
/// Distributes an amount (the county share) to the municipalities in proportion to their levy bases, in whole
/// euro. Largest-remainder method: every part is first rounded down, then the euros still missing go one each
/// to the parts with the largest fractional remainders (ties: larger base, then input order), so the parts
/// always sum to the amount exactly.
/// </summary>
public static class LevyDistribution
{
    /// <summary>The shares in input order; <see cref="LevyDistributionException"/> when the input cannot be distributed.</summary>
    public static IReadOnlyList<LevyShare> Distribute(decimal amount, IReadOnlyList<(Guid MunicipalityId, decimal Base)> bases)
    {
        if (amount < 0)
            throw new LevyDistributionException(LevyDistributionProblem.NegativeAmount);
        if (decimal.Truncate(amount) != amount)
            throw new LevyDistributionException(LevyDistributionProblem.NotWholeEuro);
        if (bases.Count == 0)
            throw new LevyDistributionException(LevyDistributionProblem.NoBases);
        if (bases.Any(b => b.Base < 0))
            throw new LevyDistributionException(LevyDistributionProblem.NegativeBase);
        var total = bases.Sum(b => b.Base);
        if (total == 0)
            throw new LevyDistributionException(LevyDistributionProblem.AllBasesZero);

        var exact = bases.Select(b => amount * b.Base / total).ToList();
        var parts = exact.Select(decimal.Floor).ToList();
        var missing = (int)(amount - parts.Sum());
        var order = Enumerable.Range(0, bases.Count)
            .OrderByDescending(i => exact[i] - parts[i])
            .ThenByDescending(i => bases[i].Base)
            .ThenBy(i => i)
            .Take(missing);
        foreach (var i in order)
            parts[i] += 1;

        return bases.Select((b, i) => new LevyShare(b.MunicipalityId, b.Base, b.Base * 100m / total, parts[i])).ToList();
    }
}

public enum LevyDistributionProblem
{
    NegativeAmount,
    NotWholeEuro,
    NoBases,
    NegativeBase,
    AllBasesZero,
}

/// <summary>Why an amount cannot be distributed; the page shows the German text of <see cref="Problem"/>.</summary>
public sealed class LevyDistributionException(LevyDistributionProblem problem)
    : Exception($"The amount cannot be distributed: {problem}.")
{
    public LevyDistributionProblem Problem { get; } = problem;
}
