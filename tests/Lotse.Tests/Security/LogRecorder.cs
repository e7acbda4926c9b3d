using System.Collections.Concurrent;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Lotse.Tests.Security;

/// <summary>One log event as the app wrote it: level, event id, category, the formatted message and its named values.</summary>
public sealed record LoggedEvent(LogLevel Level, EventId EventId, string Category, string Message, IReadOnlyDictionary<string, object?> Values);

/// <summary>Records every log event the app writes (after the appsettings.json filters, like the console sees them).</summary>
public sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<LoggedEvent> Events { get; } = new();

    /// <summary>Each event as "Level message exception".</summary>
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var values = (state as IEnumerable<KeyValuePair<string, object?>> ?? []).ToDictionary(p => p.Key, p => p.Value);
            owner.Events.Enqueue(new LoggedEvent(logLevel, eventId, category, message, values));
            owner.Lines.Enqueue($"{logLevel} {message} {exception}");
        }
    }
}

/// <summary>A Lotse app (reference data only) whose log goes to <paramref name="recorder"/> as well.</summary>
public sealed class RecordedAppFactory(LogRecorder recorder) : LotseAppFactory(demoData: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(recorder));   // filtered by appsettings.json like the console
    }
}
