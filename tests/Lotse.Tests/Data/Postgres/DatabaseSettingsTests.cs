using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Data.Postgres;

/// <summary>A wrong database setting stops the start with a message that names the setting to fix.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void Postgres_without_a_connection_string_does_not_start()
    {
        using var app = new LotseAppFactory(demoData: false);
        app.Settings["Database:Provider"] = "Postgres";

        var error = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains("ConnectionStrings:Lotse", error.Message);
        Assert.Contains("ConnectionStrings__Lotse", error.Message);
    }

    [Fact]
    public void Unknown_provider_does_not_start()
    {
        using var app = new LotseAppFactory(demoData: false);
        app.Settings["Database:Provider"] = "SqlServer";

        var error = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains("Database:Provider", error.Message);
        Assert.Contains("Sqlite, Postgres", error.Message);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData(" POSTGRES ")]
    public void Provider_name_is_read_regardless_of_case(string value)
    {
        using var app = new LotseAppFactory(demoData: false);
        app.Settings["Database:Provider"] = value;

        // Recognised as PostgreSQL: it asks for the connection string instead of rejecting the name.
        var error = Assert.Throws<InvalidOperationException>(() => app.Services);
        Assert.Contains("ConnectionStrings:Lotse", error.Message);
    }
}
