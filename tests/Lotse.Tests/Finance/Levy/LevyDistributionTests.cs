using Lotse.Features.Finance.Levy;

namespace Lotse.Tests.Finance.Levy;

public sealed class LevyDistributionTests
{
    private static (Guid, decimal)[] Bases(params decimal[] values) => values.Select(v => (Guid.NewGuid(), v)).ToArray();

    [Theory]
    [InlineData(183_094, new[] { 1.0, 1.0, 1.0 })]
    [InlineData(100, new[] { 1.0, 1.0, 1.0 })]
    [InlineData(1, new[] { 3.0, 3.0, 3.0 })]
    [InlineData(353_094, new[] { 23_904.0, 26_025.0, 64_000.5, 78_123.0, 41_000.0, 7.0 })]
    [InlineData(0, new[] { 5.0, 7.0 })]
    public void Parts_are_whole_euro_and_sum_to_the_amount_exactly(decimal amount, double[] bases)
    {
        var shares = LevyDistribution.Distribute(amount, Bases(bases.Select(b => (decimal)b).ToArray()));

        Assert.Equal(amount, shares.Sum(s => s.Amount));
        Assert.All(shares, s => Assert.Equal(decimal.Truncate(s.Amount), s.Amount));
        Assert.Equal(100m, Math.Round(shares.Sum(s => s.Percent), 10));
    }

    [Fact]
    public void Parts_follow_the_bases_and_the_remainder_goes_to_the_largest_fractions()
    {
        // 100 € by 1 : 2 : 3 → 16.67, 33.33, 50 → 16 + 33 + 50 = 99; the missing euro goes to the largest remainder (0.67).
        var shares = LevyDistribution.Distribute(100m, Bases(1, 2, 3));

        Assert.Equal([17m, 33m, 50m], shares.Select(s => s.Amount));
        Assert.Equal(50m, shares[2].Percent);
    }

    [Fact]
    public void Each_part_differs_from_the_exact_proportion_by_less_than_one_euro()
    {
        var bases = Bases(23_904, 26_025, 47_000, 71_000, 39_500, 18_250, 65_000);
        var shares = LevyDistribution.Distribute(183_094m, bases);
        var total = bases.Sum(b => b.Item2);

        Assert.All(shares, s => Assert.True(Math.Abs(s.Amount - 183_094m * s.Base / total) < 1m));
    }

    [Fact]
    public void A_municipality_with_base_zero_pays_nothing()
    {
        var shares = LevyDistribution.Distribute(1_000m, Bases(0, 1, 1));

        Assert.Equal([0m, 500m, 500m], shares.Select(s => s.Amount));
    }

    [Fact]
    public void All_bases_zero_is_refused_with_its_own_reason()
    {
        var problem = Assert.Throws<LevyDistributionException>(() => LevyDistribution.Distribute(1_000m, Bases(0, 0, 0)));

        Assert.Equal(LevyDistributionProblem.AllBasesZero, problem.Problem);
    }

    [Theory]
    [InlineData(-1, LevyDistributionProblem.NegativeAmount)]
    [InlineData(10.5, LevyDistributionProblem.NotWholeEuro)]
    public void Amounts_that_cannot_be_distributed_in_whole_euro_are_refused(decimal amount, LevyDistributionProblem expected)
    {
        Assert.Equal(expected, Assert.Throws<LevyDistributionException>(() => LevyDistribution.Distribute(amount, Bases(1, 2))).Problem);
    }

    [Fact]
    public void No_bases_and_negative_bases_are_refused()
    {
        Assert.Equal(LevyDistributionProblem.NoBases, Assert.Throws<LevyDistributionException>(() => LevyDistribution.Distribute(5m, [])).Problem);
        Assert.Equal(LevyDistributionProblem.NegativeBase, Assert.Throws<LevyDistributionException>(() => LevyDistribution.Distribute(5m, Bases(-1, 2))).Problem);
    }
}
