using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lotse.Tests.Search;

/// <summary>An operator reads the rebuild's log line to see that the index holds the published offers.</summary>
public sealed partial class IndexRebuildLogTests
{
    private sealed class LoggedApp : LotseAppFactory, ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Lotse.Features.Search.Indexing", "Information");
            builder.ConfigureLogging(logging => logging.AddProvider(this));
        }

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }

    [GeneratedRegex(@"^Search index rebuilt: (\d+) offers")]
    private static partial Regex RebuiltLine();

    [Fact]
    public async Task The_rebuild_at_start_logs_how_many_offers_it_indexed()
    {
        using var app = new LoggedApp();
        await app.WaitForIndexAsync();
        int published;
        await using (var scope = app.Services.CreateAsyncScope())
            published = await scope.ServiceProvider.GetRequiredService<LotseDbContext>().Offers.CountAsync(o => o.Status == OfferStatus.Published);

        // The line follows the commit that makes the index ready.
        for (var i = 0; i < 100 && !app.Messages.Any(m => RebuiltLine().IsMatch(m)); i++)
            await Task.Delay(100);
        var line = Assert.Single(app.Messages, m => RebuiltLine().IsMatch(m));
        Assert.True(published > 0);
        Assert.Equal(published, int.Parse(RebuiltLine().Match(line).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
