namespace Lotse.Features.Editorial.Freshness;

/// <summary>The <c>Lotse:Freshness</c> configuration section.</summary>
public sealed class FreshnessOptions
{
    public const string Section = "Lotse:Freshness";

    /// <summary>How often reminders are queued and sent; zero or less turns the background job off.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>No second reminder for the same offer within this many days.</summary>
    public int ReminderRepeatDays { get; set; } = 14;

    /// <summary>How long a personal confirmation link stays valid.</summary>
    public int LinkValidDays { get; set; } = 30;

    /// <summary>Requests per minute and IP address to the public confirmation page.</summary>
    public int ConfirmationRequestsPerMinute { get; set; } = 20;

    /// <summary>A mail that failed this often is given up (and shown as failed).</summary>
    public int MaxSendAttempts { get; set; } = 5;
}

/// <summary>The <c>Lotse:Mail</c> section: the SMTP server for outgoing mail; without a host nothing is sent.</summary>
public sealed class MailOptions
{
    public const string Section = "Lotse:Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string From { get; set; } = "Lotse <noreply@localhost>";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool StartTls { get; set; } = true;

    /// <summary>
    /// Days a sent (or given-up) mail and an expired confirmation link are kept before the reminder job
    /// deletes them; zero or less keeps them for ever.
    /// </summary>
    public int KeepDays { get; set; } = 90;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
