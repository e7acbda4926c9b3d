using Lotse.Features.Shared.Reports;

namespace Lotse.Tests.Shared.Reports;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    public void A_value_a_spreadsheet_would_run_is_written_as_text(string value, string written) =>
        Assert.Equal(written, SpreadsheetText.Safe(value));

    [Theory]
    [InlineData("")]
    [InlineData("Sprachcafé Troisdorf")]
    [InlineData("1 + 1 = 2")]
    [InlineData("'=schon Text")]
    public void Other_values_are_written_unchanged(string value) => Assert.Equal(value, SpreadsheetText.Safe(value));
}
