using System.Net;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Operations.Commands;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Accounts;

/// <summary>The Identity tables and the scope tables work on SQLite and on PostgreSQL (each with its own migration).</summary>
[Collection(PostgresCollection.Name)]
public sealed class AccountsOnBothProvidersTests(PostgresServer server)
{
    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Administrator_from_the_command_and_a_scoped_editor_sign_in_and_roles_are_seeded_once(TestDatabase database)
    {
        using var app = server.CreateApp(database, demoData: false);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var exitCode = await CreateAdminCommand.RunAsync(["--email", "kiz@kreis.example"], scope.ServiceProvider,
                new CommandConsole(new StringReader("eine-sichere-passphrase\n"), TextWriter.Null, TextWriter.Null, IsInteractive: false));
            Assert.Equal(0, exitCode);
        }
        var editor = await AccountsTestData.CreateAccountAsync(app, Roles.MunicipalityEditor);

        var admin = await AccountsTestData.SignedInClientAsync(app, "kiz@kreis.example", "eine-sichere-passphrase");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/intern/")).StatusCode);
        var editorClient = await AccountsTestData.SignedInClientAsync(app, editor);
        var start = await AccountsTestData.ParseAsync(await editorClient.GetAsync("/intern/"));
        Assert.Contains("Kommune Troisdorf", start.Body!.TextContent, StringComparison.Ordinal);

        using var second = server.CreateAppOnSameDatabase(app, demoData: false);
        await using var check = second.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LotseDbContext>();
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        Assert.Equal(1, await db.UserMunicipalities.CountAsync());
    }
}
