using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lotse.Features.OpenData;

/// <summary><c>GET /api/v1/offers/{id}</c>: one published offer with everything the portal shows.</summary>
public static class OfferApi
{
    public sealed record CodeLabel(string Code, string Label);

    public sealed record OrganizationDto(Guid Id, string Name, string? Website, string? Email, string? Phone);

    public sealed record LocationDto(
        Guid Id, string Name, string? Street, string? PostalCode, string? City, CodeLabel? Municipality,
        double? Latitude, double? Longitude, string? Transportation, string? Accessibility, string? AccessibilityDetails);

    public sealed record ScheduleDto(string Weekday, string OpensAt, string ClosesAt, string? Note);

    public sealed record ContactDto(string Name, string? Title, string? Department, string? Email, string? Phone);

    public sealed record CostOptionDto(string Option, decimal? Amount, string Currency, string? Description);

    public sealed record CostsDto(bool IsFree, string? Description, IReadOnlyList<CostOptionDto> Options);

    public sealed record OfferDto(
        Guid Id,
        string Name,
        string? AlternateName,
        string Description,
        OrganizationDto Organization,
        CodeLabel? Municipality,
        IReadOnlyList<CodeLabel> Topics,
        IReadOnlyList<CodeLabel> Types,
        IReadOnlyList<CodeLabel> Audiences,
        IReadOnlyList<CodeLabel> Languages,
        IReadOnlyList<LocationDto> Locations,
        IReadOnlyList<ScheduleDto> Schedules,
        IReadOnlyList<ContactDto> Contacts,
        CostsDto Costs,
        string? Eligibility,
        string? ApplicationProcess,
        int? MinimumAge,
        int? MaximumAge,
        DateOnly? StartsOn,
        DateOnly? EndsOn,
        string? Website,
        string? Email,
        string? Phone,
        DateOnly? LastVerified,
        DateTime LastModified,
        bool IsExample,
        string Url);

    public static RouteGroupBuilder MapOfferApi(this RouteGroupBuilder api)
    {
        api.MapGet("/offers/{id}", GetAsync)
            .WithName("GetOffer")
            .WithSummary("Ein veröffentlichtes Angebot mit allen Angaben");
        return api;
    }

    internal static async Task<Results<Ok<OfferDto>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> GetAsync(
        string id, LotseDbContext db, CancellationToken cancellationToken)
    {
        var offer = await PublishedOffers.FindAsync(db, id, cancellationToken);
        return offer is null ? NotFound() : TypedResults.Ok(ToDto(offer));
    }

    private static NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails> NotFound() =>
        TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Angebot nicht gefunden",
            Detail = "Zu dieser Kennung gibt es kein veröffentlichtes Angebot.",
        });

    internal static OfferDto ToDto(Offer offer)
    {
        IReadOnlyList<CodeLabel> TermsOf(string taxonomy) => offer.Terms
            .Where(t => t.Taxonomy.Code == taxonomy)
            .OrderBy(t => t.SortOrder)
            .Select(t => new CodeLabel(t.Code, t.Label))
            .ToList();

        return new OfferDto(
            offer.Id,
            offer.Name,
            offer.AlternateName,
            offer.Description,
            new OrganizationDto(offer.Organization.Id, offer.Organization.Name, offer.Organization.Website,
                offer.Organization.Email, offer.Organization.Phone),
            offer.Municipality is null ? null : new CodeLabel(offer.Municipality.Code, offer.Municipality.Name),
            TermsOf(TaxonomyCodes.Topic),
            TermsOf(TaxonomyCodes.OfferType),
            TermsOf(TaxonomyCodes.Audience),
            offer.Languages.OrderBy(l => l.SortOrder).Select(l => new CodeLabel(l.Code, l.Name)).ToList(),
            offer.Locations.OrderBy(l => l.Name).Select(l => new LocationDto(
                l.Id, l.Name, l.Street, l.PostalCode, l.City,
                l.Municipality is null ? null : new CodeLabel(l.Municipality.Code, l.Municipality.Name),
                l.Latitude, l.Longitude, l.Transportation, l.AccessibilityDescription, l.AccessibilityDetails)).ToList(),
            offer.Schedules
                .OrderBy(s => ((int)s.Weekday + 6) % 7).ThenBy(s => s.OpensAt)
                .Select(s => new ScheduleDto(s.Weekday.ToString().ToLowerInvariant(), s.OpensAt.ToString("HH\\:mm"),
                    s.ClosesAt.ToString("HH\\:mm"), s.Note)).ToList(),
            offer.Contacts.Where(c => c.MayBePublished).OrderBy(c => c.Name)
                .Select(c => new ContactDto(c.Name, c.Title, c.Department, c.Email, c.Phone)).ToList(),
            new CostsDto(offer.IsFree, offer.FeesDescription,
                offer.CostOptions.OrderBy(c => c.Option)
                    .Select(c => new CostOptionDto(c.Option, c.Amount, c.Currency, c.AmountDescription)).ToList()),
            offer.EligibilityDescription,
            offer.ApplicationProcess,
            offer.MinimumAge,
            offer.MaximumAge,
            offer.StartsOn,
            offer.EndsOn,
            offer.Url,
            offer.Email,
            offer.Phone,
            offer.LastVerified,
            offer.LastModified,
            offer.IsExample,
            PortalLinks.Offer(offer.Id));
    }
}
