using Microsoft.Extensions.Options;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>
/// The background job: every <see cref="FreshnessOptions.ReminderInterval"/> queue reminders, send queued mail,
/// then delete old mail copies (<see cref="MailRetention"/>).
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, IOptions<FreshnessOptions> options, ILogger<ReminderService> log)
    : BackgroundService
{
    /// <summary>One run, as the timer does it; also called by tests.</summary>
    public async Task<(int Queued, int Sent)> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<ReminderQueue>().QueueAsync(cancellationToken);
        var sent = await scope.ServiceProvider.GetRequiredService<MailSender>().SendQueuedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<MailRetention>().PurgeAsync(cancellationToken);
        return (queued, sent);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ReminderInterval;
        if (interval <= TimeSpan.Zero)
        {
            log.LogInformation("Freshness reminders are turned off (Lotse:Freshness:ReminderInterval)");
            return;
        }
        // The first run waits one interval, so that a starting node does not compete with the migrations.
        using var timer = new PeriodicTimer(interval);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                var (queued, sent) = await RunOnceAsync(stoppingToken);
                if (queued + sent > 0)
                    log.LogInformation("Freshness reminders: {Queued} queued, {Sent} mails sent", queued, sent);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(ex, "Freshness reminders failed; trying again next time");
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
