using System.Globalization;
using System.Text.RegularExpressions;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Offers;
using Lotse.Features.Editorial.Suggestions;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>A place for a row: an existing one of the caller's, or a new one to create with the offer.</summary>
public sealed record ImportAddress(string Street, string PostalCode, string? City, Guid? ExistingLocationId);

/// <summary>One row checked: its offer content when valid, else its errors, each naming row and column.</summary>
public sealed class ImportRow
{
    public required SpreadsheetRow Source { get; init; }
    public OfferSnapshot? Snapshot { get; set; }
    public ImportAddress? Address { get; set; }
    public List<string> Errors { get; } = [];
    public List<string> Warnings { get; } = [];

    public int Line => Source.Line;
    public bool IsValid => Errors.Count == 0 && Snapshot is not null;
}

/// <summary>
/// Turns a spreadsheet row into an <see cref="OfferForm"/> by looking up the names it uses, then lets the offer
/// form's own <see cref="OfferFormValidator"/> judge it, so an imported offer meets the same rules as a typed one
/// (including the caller's scope). Messages: "Zeile 4, Spalte PLZ: …".
/// </summary>
public sealed partial class ImportRowValidator(
    IStringLocalizer<SpreadsheetImportResource> text,
    IStringLocalizer<OffersResource> offerText,
    IStringLocalizer<OfferFieldsResource> fieldText)
{
    private readonly OfferFormValidator _validator = new(offerText, fieldText);

    public ImportRow Validate(SpreadsheetRow row, ImportChoices choices)
    {
        var result = new ImportRow { Source = row };
        void Error(ColumnKind column, string message) =>
            result.Errors.Add(text["Error.Cell", row.Line, SpreadsheetColumns.Of(column).Header, message]);
        void ErrorKey(ColumnKind column, string key, params object[] args) => Error(column, text[key, args]);

        var options = choices.Options;
        var form = new OfferForm
        {
            Name = row.Cell(ColumnKind.Name),
            Description = row.Cell(ColumnKind.Description),
            Url = row.Cell(ColumnKind.Website),
            Email = row.Cell(ColumnKind.Email),
            Phone = row.Cell(ColumnKind.Phone),
            FeesDescription = row.Cell(ColumnKind.FeesDescription),
            EligibilityDescription = row.Cell(ColumnKind.Eligibility),
            ApplicationProcess = row.Cell(ColumnKind.ApplicationProcess),
            MinimumAge = row.Cell(ColumnKind.MinimumAge),
            MaximumAge = row.Cell(ColumnKind.MaximumAge),
            StartsOn = row.Cell(ColumnKind.StartsOn),
            EndsOn = row.Cell(ColumnKind.EndsOn),
        };
        // A bare name is kept, so the validator reports what is missing in its own words.
        var skipValidatorFor = new HashSet<string>();

        var organization = row.Cell(ColumnKind.Organization);
        if (organization.Length > 0)
        {
            var match = options.Organizations.FirstOrDefault(o => ImportChoices.Key(o.Name) == ImportChoices.Key(organization));
            if (match is not null)
                form.OrganizationId = match.Id.ToString();
            else
            {
                ErrorKey(ColumnKind.Organization, choices.AllOrganizationNames.Contains(ImportChoices.Key(organization)) ? "Error.OrganizationOutOfScope" : "Error.OrganizationUnknown", organization);
                skipValidatorFor.Add(nameof(OfferForm.OrganizationId));
            }
        }

        var municipality = row.Cell(ColumnKind.Municipality);
        if (municipality.Length > 0)
        {
            if (ImportChoices.Key(municipality) == OfferForm.CountyWide)
                form.MunicipalityId = OfferForm.CountyWide;
            else if (choices.AllMunicipalities.FirstOrDefault(m => ImportChoices.Key(m.Name) == ImportChoices.Key(municipality) || m.Code == municipality) is { } found)
            {
                if (options.Municipalities.Any(m => m.Id == found.Id))
                    form.MunicipalityId = found.Id.ToString();
                else
                {
                    ErrorKey(ColumnKind.Municipality, "Error.MunicipalityOutOfScope", found.Name);
                    skipValidatorFor.Add(nameof(OfferForm.MunicipalityId));
                }
            }
            else
            {
                ErrorKey(ColumnKind.Municipality, "Error.MunicipalityUnknown", municipality);
                skipValidatorFor.Add(nameof(OfferForm.MunicipalityId));
            }
        }

        void Terms(ColumnKind column, string taxonomy)
        {
            var terms = choices.Terms.TryGetValue(taxonomy, out var t) ? t : [];
            foreach (var value in Values(row.Cell(column)))
            {
                var term = terms.FirstOrDefault(x => ImportChoices.Key(x.Label) == ImportChoices.Key(value) || x.Code == ImportChoices.Key(value));
                if (term.Id == Guid.Empty)
                    ErrorKey(column, "Error.ValueUnknown", value);
                else
                    form.TermIds.Add(term.Id.ToString());
            }
        }
        Terms(ColumnKind.Topics, TaxonomyCodes.Topic);
        Terms(ColumnKind.Types, TaxonomyCodes.OfferType);
        Terms(ColumnKind.Audiences, TaxonomyCodes.Audience);
        foreach (var value in Values(row.Cell(ColumnKind.Languages)))
        {
            var language = choices.Languages.FirstOrDefault(l => ImportChoices.Key(l.Name) == ImportChoices.Key(value) || l.Code == ImportChoices.Key(value));
            if (language is null)
                ErrorKey(ColumnKind.Languages, "Error.ValueUnknown", value);
            else
                form.LanguageIds.Add(language.Id.ToString());
        }

        var isFree = ImportChoices.Key(row.Cell(ColumnKind.IsFree));
        if (isFree is SpreadsheetColumns.Yes or "j" or "x" or "1" or "true")
            form.IsFree = true;
        else if (isFree is not ("" or SpreadsheetColumns.No or "n" or "0" or "false"))
            ErrorKey(ColumnKind.IsFree, "Error.YesNo");

        var hours = row.Cell(ColumnKind.OpeningHours);
        if (hours.Length > 0)
        {
            // One line per weekday; in a one-line cell a semicolon before a weekday name starts the next day.
            var lines = DaySeparator().Replace(hours.Replace("\r\n", "\n", StringComparison.Ordinal), "\n");
            if (OpeningHoursText.Parse(lines) is { } schedules)
                form.Schedules = schedules.Select(s => new ScheduleRow
                {
                    Weekday = s.Weekday.ToString(),
                    OpensAt = s.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
                    ClosesAt = s.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture),
                    Note = s.Note,
                }).ToList();
            else
                ErrorKey(ColumnKind.OpeningHours, "Error.OpeningHours");
        }

        result.Address = Address(row, choices, ErrorKey);

        var (snapshot, errors) = _validator.Validate(form, options.Choices, OfferStatus.Draft);
        foreach (var error in errors.Where(e => !skipValidatorFor.Contains(e.Field)))
            Error(ColumnFor(error.Field), error.Message);
        if (result.Errors.Count == 0 && snapshot is not null)
            result.Snapshot = snapshot;
        return result;
    }

    private static ImportAddress? Address(SpreadsheetRow row, ImportChoices choices, Action<ColumnKind, string, object[]> error)
    {
        var street = row.Cell(ColumnKind.Street);
        var postalCode = row.Cell(ColumnKind.PostalCode);
        var city = row.Cell(ColumnKind.City);
        if (street.Length == 0 && postalCode.Length == 0 && city.Length == 0)
            return null;
        var ok = true;
        if (street.Length == 0)
        {
            error(ColumnKind.Street, "Error.StreetRequired", []);
            ok = false;
        }
        else if (street.Length > 200)
        {
            error(ColumnKind.Street, "Error.TooLong", [200]);
            ok = false;
        }
        if (!PostalCodePattern().IsMatch(postalCode))
        {
            error(ColumnKind.PostalCode, "Error.PostalCode", []);
            ok = false;
        }
        if (city.Length > 100)
        {
            error(ColumnKind.City, "Error.TooLong", [100]);
            ok = false;
        }
        if (!ok)
            return null;
        var key = DuplicateFinder.NormalizeAddress(new PostalAddress(street, postalCode));
        var existing = choices.Locations.FirstOrDefault(l => DuplicateFinder.NormalizeAddress(new PostalAddress(l.Street, l.PostalCode)) == key);
        return new ImportAddress(street, postalCode, city.Length == 0 ? null : city, existing?.Id);
    }

    private static IEnumerable<string> Values(string cell) =>
        cell.Split([SpreadsheetColumns.ValueSeparator, '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct();

    private static ColumnKind ColumnFor(string field) => field switch
    {
        nameof(OfferForm.Name) => ColumnKind.Name,
        nameof(OfferForm.Description) => ColumnKind.Description,
        nameof(OfferForm.Url) => ColumnKind.Website,
        nameof(OfferForm.Email) => ColumnKind.Email,
        nameof(OfferForm.Phone) => ColumnKind.Phone,
        nameof(OfferForm.OrganizationId) => ColumnKind.Organization,
        nameof(OfferForm.MunicipalityId) => ColumnKind.Municipality,
        nameof(OfferForm.FeesDescription) => ColumnKind.FeesDescription,
        nameof(OfferForm.EligibilityDescription) => ColumnKind.Eligibility,
        nameof(OfferForm.ApplicationProcess) => ColumnKind.ApplicationProcess,
        nameof(OfferForm.MinimumAge) => ColumnKind.MinimumAge,
        nameof(OfferForm.MaximumAge) => ColumnKind.MaximumAge,
        nameof(OfferForm.StartsOn) => ColumnKind.StartsOn,
        nameof(OfferForm.EndsOn) => ColumnKind.EndsOn,
        nameof(OfferForm.LanguageIds) => ColumnKind.Languages,
        nameof(OfferForm.TermIds) => ColumnKind.Topics,
        _ when field.StartsWith(nameof(OfferForm.Schedules), StringComparison.Ordinal) => ColumnKind.OpeningHours,
        _ => ColumnKind.Name,
    };

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"\s*;\s*(?=\p{L})")]
    private static partial Regex DaySeparator();
}
