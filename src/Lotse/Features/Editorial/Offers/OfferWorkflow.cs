using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Offers;

/// <summary>A step of the workflow Entwurf → Zur Prüfung → Veröffentlicht → Archiviert, as a button on the edit page.</summary>
public enum OfferTransition
{
    /// <summary>Entwurf → Zur Prüfung.</summary>
    Submit,
    /// <summary>Zur Prüfung → Veröffentlicht.</summary>
    Publish,
    /// <summary>Zur Prüfung → Entwurf (zurückweisen).</summary>
    SendBack,
    /// <summary>Veröffentlicht → Archiviert.</summary>
    Archive,
    /// <summary>Archiviert → Entwurf.</summary>
    Reopen,
}

/// <summary>The allowed status changes and who may make them: editors submit and reopen, reviewers decide.</summary>
public static class OfferWorkflow
{
    private static readonly Dictionary<OfferTransition, (OfferStatus From, OfferStatus To, bool NeedsReviewer)> Steps = new()
    {
        [OfferTransition.Submit] = (OfferStatus.Draft, OfferStatus.InReview, false),
        [OfferTransition.Publish] = (OfferStatus.InReview, OfferStatus.Published, true),
        [OfferTransition.SendBack] = (OfferStatus.InReview, OfferStatus.Draft, true),
        [OfferTransition.Archive] = (OfferStatus.Published, OfferStatus.Archived, true),
        [OfferTransition.Reopen] = (OfferStatus.Archived, OfferStatus.Draft, false),
    };

    /// <summary>The transitions a caller may start from <paramref name="status"/>, in button order.</summary>
    public static IReadOnlyList<OfferTransition> Available(OfferStatus status, bool isReviewer) =>
        Steps.Where(s => s.Value.From == status && (isReviewer || !s.Value.NeedsReviewer)).Select(s => s.Key).ToList();

    /// <summary>The new status, or null when the step does not start from <paramref name="status"/> or needs a reviewer.</summary>
    public static OfferStatus? Apply(OfferStatus status, OfferTransition transition, bool isReviewer) =>
        Steps.TryGetValue(transition, out var step) && step.From == status && (isReviewer || !step.NeedsReviewer)
            ? step.To
            : null;
}
