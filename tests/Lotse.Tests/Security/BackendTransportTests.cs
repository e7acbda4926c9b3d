using Lotse.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS 9.2.2: Lotse does not start with a setting that sends personal data unencrypted to another machine — the
/// database or the mail server; on this machine (local relay, Unix socket) plain connections stay allowed.
/// </summary>
public sealed class BackendTransportTests
{
    [Theory]
    [InlineData("Host=db.kreis.example;Database=lotse;Username=lotse;SSL Mode=Disable")]
    [InlineData("Host=10.0.0.5;Database=lotse;Username=lotse;SSL Mode=Allow")]
    [InlineData("Host=127.0.0.1,db.kreis.example:5433;Database=lotse;Username=lotse;SSL Mode=Disable")]
    public void An_unencrypted_connection_to_a_database_on_another_host_does_not_start(string connectionString)
    {
        using var app = Postgres(connectionString);

        var error = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains("ConnectionStrings:Lotse", error.Message);
        Assert.Contains("SSL Mode=VerifyFull", error.Message);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=lotse;Username=lotse;SSL Mode=Disable")]
    [InlineData("Host=localhost;Database=lotse;Username=lotse;SSL Mode=Disable")]
    [InlineData("Host=/var/run/postgresql;Database=lotse;Username=lotse;SSL Mode=Disable")]
    [InlineData("Host=db.kreis.example;Database=lotse;Username=lotse;SSL Mode=VerifyFull")]
    public void Encrypted_or_local_database_connections_pass_the_check(string connectionString)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Lotse"] = connectionString,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var database = Lotse.Data.DatabaseSettings.From(configuration);

        Assert.Equal(connectionString, database.ConnectionString);
    }

    [Fact]
    public void Mail_to_another_host_without_StartTls_does_not_start()
    {
        using var app = new LotseAppFactory(demoData: false);
        app.Settings["Lotse:Mail:Host"] = "smtp.kreis.example";
        app.Settings["Lotse:Mail:StartTls"] = "false";

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Lotse:Mail:StartTls", error.Message);
    }

    [Fact]
    public async Task Mail_to_a_relay_on_this_machine_may_go_without_StartTls()
    {
        using var app = new LotseAppFactory(demoData: false);
        app.Settings["Lotse:Mail:Host"] = "127.0.0.1";
        app.Settings["Lotse:Mail:StartTls"] = "false";

        using var client = app.CreateClient();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/de")).StatusCode);
    }

    private static LotseAppFactory Postgres(string connectionString)
    {
        var app = new LotseAppFactory(demoData: false);
        app.Settings["Database:Provider"] = "Postgres";
        app.Settings["ConnectionStrings:Lotse"] = connectionString;
        return app;
    }
}
