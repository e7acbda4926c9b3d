using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>
/// A personal, single-use link that lets an offer's owner confirm it without signing in. Only the
/// SHA-256 of the random token is stored; the token itself exists only in the link that was sent.
/// </summary>
public sealed class ConfirmationToken
{
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public Offer? Offer { get; set; }
    /// <summary>Lower-case hex SHA-256 of the token's 32 random bytes.</summary>
    public required string TokenHash { get; set; }
    /// <summary>The address the link was sent to.</summary>
    public required string Email { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
