using Lotse.Data;

namespace Lotse.Features.Directory;

/// <summary>A named contact person of an offer (personal data: shown only with recorded consent).</summary>
public sealed class Contact : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public Offer Offer { get; set; } = null!;
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly? ConsentGivenOn { get; set; }
    public string? ConsentScope { get; set; }

    public bool MayBePublished => ConsentGivenOn is not null;

    /// <summary>Renewed on every save; see <see cref="IConcurrencyStamped"/>.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
