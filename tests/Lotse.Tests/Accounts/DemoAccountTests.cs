using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lotse.Tests.Accounts;

/// <summary>Demo mode seeds one account per role with a random password shown once in the log.</summary>
public sealed partial class DemoAccountTests
{
    /// <summary>A demo app whose log messages the test can read.</summary>
    private sealed class LoggedDemoApp : LotseAppFactory, ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(this));
        }

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }

        public Dictionary<string, string> PrintedPasswords()
        {
            _ = Services; // starts the app, which seeds
            return Messages.SelectMany(m => AccountLine().Matches(m)).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        }
    }

    [GeneratedRegex(@"^  (\S+@lotse\.example)  (\S+)$", RegexOptions.Multiline)]
    private static partial Regex AccountLine();

    [Fact]
    public async Task Each_role_gets_a_demo_account_with_a_random_password_printed_once_and_stored_only_as_hash()
    {
        using var first = new LoggedDemoApp();
        using var second = new LoggedDemoApp();
        var firstPasswords = first.PrintedPasswords();
        var secondPasswords = second.PrintedPasswords();

        Assert.Equal(5, firstPasswords.Count);
        Assert.Equal(firstPasswords.Keys.Order(), secondPasswords.Keys.Order());
        Assert.All(firstPasswords, p => Assert.NotEqual(p.Value, secondPasswords[p.Key]));
        Assert.All(firstPasswords.Values, p => Assert.True(p.Length >= 12));

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var users = await db.Users.ToListAsync();
            Assert.Equal(5, users.Count);
            Assert.All(users, u => Assert.DoesNotContain(firstPasswords[u.Email!], u.PasswordHash!, StringComparison.Ordinal));
            var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync();
            Assert.Equal(Roles.All.Order(), roles.Order());
        }

        // The printed password works once, for the account it was printed with; scope shows on the start page.
        var client = await AccountsTestData.SignedInClientAsync(first, "redaktion-troisdorf@lotse.example", firstPasswords["redaktion-troisdorf@lotse.example"]);
        var start = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/"));
        Assert.Contains("Kommune Troisdorf", start.Body!.TextContent, StringComparison.Ordinal);
        var provider = await AccountsTestData.SignedInClientAsync(first, "traeger@lotse.example", firstPasswords["traeger@lotse.example"]);
        Assert.Contains("Träger ", (await AccountsTestData.ParseAsync(await provider.GetAsync("/intern/"))).Body!.TextContent, StringComparison.Ordinal);
        var wrong = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(first), "admin@lotse.example", secondPasswords["admin@lotse.example"]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
    }

    [Fact]
    public async Task Without_demo_data_there_is_no_account_at_all()
    {
        using var app = new LotseAppFactory(demoData: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }
}
