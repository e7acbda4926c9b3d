using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Lotse.Tests.Hostile;

/// <summary>Collects every log entry at Error or above that carries an exception: unhandled exceptions in the server.</summary>
public sealed class ErrorLogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null)
                owner.Errors.Enqueue($"{category}: {formatter(state, exception)} — {exception.GetType().Name}: {exception.Message}");
        }
    }
}
