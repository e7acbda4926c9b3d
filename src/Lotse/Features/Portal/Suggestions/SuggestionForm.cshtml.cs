using System.Globalization;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Portal.Suggestions;

/// <summary>
/// "Fehler melden / Änderung vorschlagen" for a published offer: the current public values, prefilled
/// for editing, and a comment. Stores only the fields the visitor changed; no login.
/// </summary>
public sealed class SuggestionFormModel(
    LotseDbContext db, SuggestionRateLimit rateLimit, TimeProvider clock, IStringLocalizer<SuggestionsResource> text) : PageModel
{
    public const string Segment = "vorschlag";

    [BindProperty]
    public SuggestionInput Input { get; set; } = new();

    /// <summary>Honeypot: hidden from people, filled in by form-spamming bots.</summary>
    [BindProperty(Name = "Fax")]
    public string? Honeypot { get; set; }

    public Offer Offer { get; private set; } = null!;
    public IReadOnlyList<Location> Locations { get; private set; } = [];
    public string CurrentOpeningHours { get; private set; } = "";
    public string Culture { get; private set; } = PortalCultures.Default.Segment;
    public bool RateLimited { get; private set; }

    public string OfferPath => $"/{Culture}/angebote/{Offer.Id}";

    public async Task<IActionResult> OnGetAsync(string culture, string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(culture, id, cancellationToken))
            return NotFound();
        Input = new SuggestionInput
        {
            Name = Offer.Name,
            Description = Offer.Description,
            Phone = Offer.Phone,
            Email = Offer.Email,
            Website = Offer.Url,
            OpeningHours = CurrentOpeningHours,
            Addresses = Locations.Select(l => new AddressInput { LocationId = l.Id, Street = l.Street, PostalCode = l.PostalCode, City = l.City }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string culture, string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(culture, id, cancellationToken))
            return NotFound();
        if (!rateLimit.TryAcquire(HttpContext))
        {
            RateLimited = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        // A bot gets the same answer as a person, so it does not learn to leave the field empty.
        if (!string.IsNullOrEmpty(Honeypot))
            return RedirectToPage("SuggestionSent", new { culture = Culture, id = Offer.Id });

        var suggestion = Validate();
        if (suggestion is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("SuggestionSent", new { culture = Culture, id = Offer.Id });
    }

    private async Task<bool> LoadAsync(string culture, string id, CancellationToken cancellationToken)
    {
        var offer = await PublishedOffers.FindAsync(db, id, cancellationToken);
        if (offer is null)
            return false;
        Offer = offer;
        Culture = PortalCultures.Find(culture)!.Segment;
        Locations = offer.Locations.OrderBy(l => l.Name, StringComparer.Create(CultureInfo.CurrentCulture, true)).ToList();
        CurrentOpeningHours = OpeningHoursText.Format(offer.Schedules);
        return true;
    }

    /// <summary>The suggestion with the fields that differ from the offer, or null with the errors in ModelState.</summary>
    private Suggestion? Validate()
    {
        var suggestion = new Suggestion
        {
            Id = Guid.NewGuid(),
            OfferId = Offer.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Comment = "",
        };

        var name = SuggestionInputRules.Clean(Input.Name);
        if (name != Offer.Name)
        {
            if (name is null)
                Error(nameof(Input.Name), "Error.NameEmpty");
            else if (WithinLimit(nameof(Input.Name), "Field.name", name, SuggestionLimits.Name))
                suggestion.ProposedName = name;
        }

        var description = SuggestionInputRules.Clean(Input.Description);
        if (description != SuggestionInputRules.Clean(Offer.Description))
        {
            if (description is null)
                Error(nameof(Input.Description), "Error.DescriptionEmpty");
            else if (WithinLimit(nameof(Input.Description), "Field.description", description, SuggestionLimits.Description))
                suggestion.ProposedDescription = description;
        }

        var phone = SuggestionInputRules.Clean(Input.Phone);
        if (phone != SuggestionInputRules.Clean(Offer.Phone))
        {
            if (phone is not null && !SuggestionInputRules.IsPhone(phone))
                Error(nameof(Input.Phone), "Error.PhoneInvalid");
            else if (WithinLimit(nameof(Input.Phone), "Field.phone", phone, SuggestionLimits.Phone))
                suggestion.ProposedPhone = phone ?? "";
        }

        var email = SuggestionInputRules.Clean(Input.Email);
        if (email != SuggestionInputRules.Clean(Offer.Email))
        {
            if (email is not null && !SuggestionInputRules.IsEmail(email))
                Error(nameof(Input.Email), "Error.EmailInvalid");
            else if (WithinLimit(nameof(Input.Email), "Field.email", email, SuggestionLimits.Email))
                suggestion.ProposedEmail = email ?? "";
        }

        var website = SuggestionInputRules.Clean(Input.Website);
        if (website != SuggestionInputRules.Clean(Offer.Url))
        {
            var url = website is null ? "" : SuggestionInputRules.NormalizeUrl(website);
            if (url is null)
                Error(nameof(Input.Website), "Error.WebsiteInvalid");
            else if (url != Offer.Url && WithinLimit(nameof(Input.Website), "Field.website", url, SuggestionLimits.Url))
                suggestion.ProposedUrl = url;
        }

        var hours = SuggestionInputRules.Clean(Input.OpeningHours);
        if (!OpeningHoursText.SameText(hours, CurrentOpeningHours) && WithinLimit(nameof(Input.OpeningHours), "Field.hours", hours, SuggestionLimits.OpeningHours))
            suggestion.ProposedOpeningHours = hours is null ? "" : OpeningHoursText.Normalize(hours);

        for (var i = 0; i < Input.Addresses.Count; i++)
        {
            var posted = Input.Addresses[i];
            var location = Locations.FirstOrDefault(l => l.Id == posted.LocationId);
            if (location is null || Input.Addresses.Take(i).Any(a => a.LocationId == posted.LocationId))
            {
                // The offer's places changed since the form was loaded.
                Error("", "Error.LocationsChanged");
                continue;
            }
            var prefix = $"{nameof(Input.Addresses)}[{i}].";
            var address = new SuggestedAddress { LocationId = location.Id };
            var street = SuggestionInputRules.Clean(posted.Street);
            if (street != SuggestionInputRules.Clean(location.Street) && WithinLimit(prefix + nameof(AddressInput.Street), "Field.street", street, SuggestionLimits.Street))
                address.Street = street ?? "";
            var postalCode = SuggestionInputRules.Clean(posted.PostalCode);
            if (postalCode != SuggestionInputRules.Clean(location.PostalCode))
            {
                if (postalCode is not null && !SuggestionInputRules.IsPostalCode(postalCode))
                    Error(prefix + nameof(AddressInput.PostalCode), "Error.PostalCodeInvalid");
                else
                    address.PostalCode = postalCode ?? "";
            }
            var city = SuggestionInputRules.Clean(posted.City);
            if (city != SuggestionInputRules.Clean(location.City) && WithinLimit(prefix + nameof(AddressInput.City), "Field.city", city, SuggestionLimits.City))
                address.City = city ?? "";
            if (address.Street is not null || address.PostalCode is not null || address.City is not null)
                suggestion.Addresses.Add(address);
        }

        var comment = SuggestionInputRules.Clean(Input.Comment);
        if (comment is null)
            Error(nameof(Input.Comment), "Error.CommentRequired");
        else if (WithinLimit(nameof(Input.Comment), "Field.comment", comment, SuggestionLimits.Comment))
            suggestion.Comment = comment;

        var submitterName = SuggestionInputRules.Clean(Input.SubmitterName);
        if (WithinLimit(nameof(Input.SubmitterName), "Field.submitterName", submitterName, SuggestionLimits.SubmitterName))
            suggestion.SubmitterName = submitterName;
        var submitterEmail = SuggestionInputRules.Clean(Input.SubmitterEmail);
        if (submitterEmail is not null && !SuggestionInputRules.IsEmail(submitterEmail))
            Error(nameof(Input.SubmitterEmail), "Error.EmailInvalid");
        else if (WithinLimit(nameof(Input.SubmitterEmail), "Field.submitterEmail", submitterEmail, SuggestionLimits.Email))
            suggestion.SubmitterEmail = submitterEmail;

        return ModelState.IsValid ? suggestion : null;
    }

    /// <summary>True when the value fits; otherwise false, with an error on the field.</summary>
    private bool WithinLimit(string field, string label, string? value, int maximum)
    {
        if (value is null || value.Length <= maximum)
            return true;
        Error(field, "Error.TooLong", text[label].Value, maximum.ToString("N0", CultureInfo.CurrentCulture));
        return false;
    }

    private void Error(string field, string key, params object[] arguments) =>
        ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", text[key, arguments]);
}

public sealed class SuggestionInput
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? OpeningHours { get; set; }
    public List<AddressInput> Addresses { get; set; } = [];
    public string? Comment { get; set; }
    public string? SubmitterName { get; set; }
    public string? SubmitterEmail { get; set; }
}

public sealed class AddressInput
{
    public Guid LocationId { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
}
