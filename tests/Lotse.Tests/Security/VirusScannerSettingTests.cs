using Lotse.Features.Operations.Uploads;
using Lotse.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Lotse.Tests.Security;

/// <summary>
/// Lotse:Uploads:VirusScanner is checked at start: clamd has no TLS, so (like the database and mail rule of ASVS
/// 9.2.2) only an address on this machine is accepted; a wrong value stops the start with a message naming the setting.
/// </summary>
public sealed class VirusScannerSettingTests
{
    [Theory]
    [InlineData("clamav.kreis.example:3310")]
    [InlineData("10.0.0.5:3310")]
    [InlineData("0.0.0.0:3310")]
    [InlineData("3310")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:99999")]
    [InlineData("::1:3310")]
    [InlineData("unix:clamd.ctl")]
    public void A_remote_or_malformed_scanner_address_stops_the_start(string value)
    {
        using var app = new LotseAppFactory(demoData: false);
        app.Settings["Lotse:Uploads:VirusScanner"] = value;

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Lotse:Uploads:VirusScanner", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:3310", "127.0.0.1:3310")]
    [InlineData(" localhost:3310 ", "localhost:3310")]
    [InlineData("[::1]:3310", "[::1]:3310")]
    [InlineData("unix:/run/clamav/clamd.ctl", "unix:/run/clamav/clamd.ctl")]
    public void Addresses_on_this_machine_are_accepted(string value, string normalised)
    {
        var address = ClamdAddress.Parse(value, out var error);

        Assert.Null(error);
        Assert.Equal(normalised, address!.ToString());
    }

    [Fact]
    public void A_zero_timeout_stops_the_start()
    {
        using var app = new LotseAppFactory(demoData: false);
        app.Settings["Lotse:Uploads:ScanTimeoutSeconds"] = "0";

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Lotse:Uploads:ScanTimeoutSeconds", error.Message, StringComparison.Ordinal);
    }
}
