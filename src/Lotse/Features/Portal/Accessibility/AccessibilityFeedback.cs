namespace Lotse.Features.Portal.Accessibility;

/// <summary>A message sent through the feedback form of the accessibility statement (BITV NRW § 5).</summary>
public sealed class AccessibilityFeedback
{
    public const int MessageMaxLength = 4000;
    public const int PageUrlMaxLength = 2000;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;

    public Guid Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public string Message { get; set; } = "";
    public string? PageUrl { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
}
