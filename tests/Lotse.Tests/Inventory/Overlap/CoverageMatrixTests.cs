using Lotse.Features.Inventory.Coverage;

namespace Lotse.Tests.Inventory.Overlap;

public sealed class CoverageMatrixTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly Guid C = Guid.NewGuid();

    [Fact]
    public void Counts_each_offer_in_each_of_its_columns_marks_gaps_and_concentrations_and_keeps_county_wide_apart()
    {
        var offers = new List<(IReadOnlyList<Guid>, IReadOnlyList<string>)>
        {
            ([A], ["sprache", "kultur"]),
            ([A], ["sprache"]),
            ([A], ["sprache"]),
            ([B], ["kultur"]),
            ([], ["sprache"]),
        };

        var matrix = CoverageMatrix.Build([(A, "Alfter"), (B, "Bad Honnef"), (C, "Bornheim")], [("sprache", "Sprache"), ("kultur", "Kultur")], offers, "Kreisweit");

        Assert.Equal(["Sprache", "Kultur"], matrix.Columns);
        Assert.Equal([3, 1], matrix.Rows[0].Cells.Select(c => c.Count));
        Assert.Equal(3, matrix.Rows[0].Total);
        Assert.Equal(CoverageMark.Concentration, matrix.Rows[0].Cells[0].Mark);
        Assert.Equal(CoverageMark.None, matrix.Rows[0].Cells[1].Mark);
        Assert.Equal(CoverageMark.Gap, matrix.Rows[1].Cells[0].Mark);
        Assert.All(matrix.Rows[2].Cells, c => Assert.Equal(CoverageMark.Gap, c.Mark));
        Assert.Equal([1, 0], matrix.CountyWide.Cells.Select(c => c.Count));
        Assert.Equal(1, matrix.CountyWide.Total);
    }
}
