using System.Globalization;
using System.Text.RegularExpressions;
using Lotse.Features.Directory;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Offers;

/// <summary>What the caller may pick in the form's selections; anything else posted is refused.</summary>
public sealed record OfferFormChoices(
    IReadOnlySet<Guid> Organizations,
    IReadOnlySet<Guid> Municipalities,
    bool CountyWideAllowed,
    IReadOnlySet<Guid> Terms,
    IReadOnlySet<Guid> Languages,
    IReadOnlySet<Guid> Locations);

/// <summary>An error for one form field (its name relative to the form, e.g. <c>Schedules[0].OpensAt</c>).</summary>
public sealed record OfferFormError(string Field, string Message);

/// <summary>
/// Checks a posted <see cref="OfferForm"/> and turns it into an <see cref="OfferSnapshot"/>: required fields,
/// formats, ranges, the lengths of the database columns (Data/Configurations/OfferConfiguration.cs) and
/// the caller's allowed choices. One German message per wrong field.
/// </summary>
public sealed partial class OfferFormValidator(IStringLocalizer<OffersResource> text, IStringLocalizer<OfferFieldsResource> fields)
{
    public const int MaxAge = 120;
    public const int MinReviewMonths = 1;
    public const int MaxReviewMonths = 36;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private const decimal MaxAmount = 99_999_999.99m;   // decimal(10,2)

    public (OfferSnapshot? Snapshot, IReadOnlyList<OfferFormError> Errors) Validate(OfferForm form, OfferFormChoices choices, OfferStatus status)
    {
        var errors = new List<OfferFormError>();
        void Error(string field, string key, params object[] args) => errors.Add(new OfferFormError(field, text[key, args]));
        string Label(OfferField f) => fields["Field." + f];

        string? Text(string field, OfferField label, string? value, int maxLength, bool required = false)
        {
            var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (trimmed is null && required)
                Error(field, "Error.Required", Label(label));
            else if (trimmed is not null && trimmed.Length > maxLength)
                Error(field, "Error.TooLong", Label(label), maxLength);
            return trimmed;
        }

        var name = Text(nameof(OfferForm.Name), OfferField.Name, form.Name, 300, required: true);
        var alternateName = Text(nameof(OfferForm.AlternateName), OfferField.AlternateName, form.AlternateName, 300);
        var description = Text(nameof(OfferForm.Description), OfferField.Description, form.Description, 20_000, required: true);
        var url = Text(nameof(OfferForm.Url), OfferField.Url, form.Url, 500);
        if (url is not null && url.Length <= 500 && !IsWebAddress(url))
            Error(nameof(OfferForm.Url), "Error.Url");
        var email = Text(nameof(OfferForm.Email), OfferField.Email, form.Email, 254);
        if (email is not null && email.Length <= 254 && !EmailPattern().IsMatch(email))
            Error(nameof(OfferForm.Email), "Error.Email");
        var phone = Text(nameof(OfferForm.Phone), OfferField.Phone, form.Phone, 50);
        if (phone is not null && phone.Length <= 50 && (!PhonePattern().IsMatch(phone) || phone.Count(char.IsDigit) < 3))
            Error(nameof(OfferForm.Phone), "Error.Phone");

        var organizationId = Guid.Empty;
        if (string.IsNullOrWhiteSpace(form.OrganizationId))
            Error(nameof(OfferForm.OrganizationId), "Error.OrganizationRequired");
        else if (!Guid.TryParse(form.OrganizationId, out organizationId) || !choices.Organizations.Contains(organizationId))
            Error(nameof(OfferForm.OrganizationId), "Error.OrganizationNotAllowed");

        Guid? municipalityId = null;
        if (string.IsNullOrWhiteSpace(form.MunicipalityId))
            Error(nameof(OfferForm.MunicipalityId), "Error.MunicipalityRequired");
        else if (form.MunicipalityId == OfferForm.CountyWide)
        {
            if (!choices.CountyWideAllowed)
                Error(nameof(OfferForm.MunicipalityId), "Error.CountyWideNotAllowed");
        }
        else if (Guid.TryParse(form.MunicipalityId, out var m) && choices.Municipalities.Contains(m))
            municipalityId = m;
        else
            Error(nameof(OfferForm.MunicipalityId), "Error.MunicipalityNotAllowed");

        var fees = Text(nameof(OfferForm.FeesDescription), OfferField.FeesDescription, form.FeesDescription, 2000);
        var eligibility = Text(nameof(OfferForm.EligibilityDescription), OfferField.EligibilityDescription, form.EligibilityDescription, 2000);
        var application = Text(nameof(OfferForm.ApplicationProcess), OfferField.ApplicationProcess, form.ApplicationProcess, 2000);

        int? Age(string field, OfferField label, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
                return null;
            if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= MaxAge)
                return age;
            Error(field, "Error.Age", Label(label), MaxAge);
            return null;
        }
        var minimumAge = Age(nameof(OfferForm.MinimumAge), OfferField.MinimumAge, form.MinimumAge);
        var maximumAge = Age(nameof(OfferForm.MaximumAge), OfferField.MaximumAge, form.MaximumAge);
        if (minimumAge > maximumAge)
            Error(nameof(OfferForm.MaximumAge), "Error.AgeOrder");

        DateOnly? Date(string field, OfferField label, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
                return null;
            if (DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            Error(field, "Error.Date", Label(label));
            return null;
        }
        var startsOn = Date(nameof(OfferForm.StartsOn), OfferField.StartsOn, form.StartsOn);
        var endsOn = Date(nameof(OfferForm.EndsOn), OfferField.EndsOn, form.EndsOn);
        if (startsOn > endsOn)
            Error(nameof(OfferForm.EndsOn), "Error.DateOrder");

        var reviewMonths = Offer.DefaultReviewIntervalMonths;
        if (!int.TryParse(form.ReviewIntervalMonths?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out reviewMonths)
            || reviewMonths is < MinReviewMonths or > MaxReviewMonths)
            Error(nameof(OfferForm.ReviewIntervalMonths), "Error.ReviewInterval", MinReviewMonths, MaxReviewMonths);

        List<Guid> Ids(string field, OfferField label, List<string> values, IReadOnlySet<Guid> allowed)
        {
            var ids = new List<Guid>();
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct())
            {
                if (Guid.TryParse(value, out var id) && allowed.Contains(id))
                    ids.Add(id);
                else
                {
                    Error(field, "Error.ChoiceNotAllowed", Label(label));
                    break;
                }
            }
            return ids.Order().ToList();
        }
        var termIds = Ids(nameof(OfferForm.TermIds), OfferField.Terms, form.TermIds, choices.Terms);
        var languageIds = Ids(nameof(OfferForm.LanguageIds), OfferField.Languages, form.LanguageIds, choices.Languages);
        var locationIds = Ids(nameof(OfferForm.LocationIds), OfferField.Locations, form.LocationIds, choices.Locations);

        var schedules = new List<ScheduleSnapshot>();
        for (var i = 0; i < form.Schedules.Count; i++)
        {
            var row = form.Schedules[i];
            if (row.IsEmpty)
                continue;
            var prefix = $"{nameof(OfferForm.Schedules)}[{i}].";
            var line = i + 1;
            var dayOk = Enum.TryParse<DayOfWeek>(row.Weekday, out var day) && Enum.IsDefined(day) && !int.TryParse(row.Weekday, out _);
            if (!dayOk)
                Error(prefix + nameof(ScheduleRow.Weekday), "Error.ScheduleWeekday", line);
            var opensOk = TimeOnly.TryParseExact(row.OpensAt?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens);
            if (!opensOk)
                Error(prefix + nameof(ScheduleRow.OpensAt), "Error.ScheduleTime", line);
            var closesOk = TimeOnly.TryParseExact(row.ClosesAt?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes);
            if (!closesOk)
                Error(prefix + nameof(ScheduleRow.ClosesAt), "Error.ScheduleTime", line);
            if (opensOk && closesOk && opens >= closes)
                Error(prefix + nameof(ScheduleRow.ClosesAt), "Error.ScheduleOrder", line);
            var note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
            if (note?.Length > 500)
                Error(prefix + nameof(ScheduleRow.Note), "Error.ScheduleNote", line, 500);
            if (dayOk && opensOk && closesOk)
                schedules.Add(new ScheduleSnapshot(day, opens, closes, note));
        }

        var costs = new List<CostOptionSnapshot>();
        for (var i = 0; i < form.CostOptions.Count; i++)
        {
            var row = form.CostOptions[i];
            if (row.IsEmpty)
                continue;
            var prefix = $"{nameof(OfferForm.CostOptions)}[{i}].";
            var line = i + 1;
            var option = row.Option?.Trim();
            if (string.IsNullOrEmpty(option))
                Error(prefix + nameof(CostRow.Option), "Error.CostOption", line);
            else if (option.Length > 300)
                Error(prefix + nameof(CostRow.Option), "Error.CostOptionTooLong", line, 300);
            decimal? amount = null;
            if (!string.IsNullOrWhiteSpace(row.Amount))
            {
                if (decimal.TryParse(row.Amount.Trim().Replace("€", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, German, out var value)
                    && value >= 0 && value <= MaxAmount && decimal.Round(value, 2) == value)
                    amount = value;
                else
                    Error(prefix + nameof(CostRow.Amount), "Error.CostAmount", line);
            }
            var amountDescription = string.IsNullOrWhiteSpace(row.AmountDescription) ? null : row.AmountDescription.Trim();
            if (amountDescription?.Length > 500)
                Error(prefix + nameof(CostRow.AmountDescription), "Error.CostDescriptionTooLong", line, 500);
            if (!string.IsNullOrEmpty(option))
                costs.Add(new CostOptionSnapshot(option, amount, "EUR", amountDescription));
        }

        if (errors.Count > 0)
            return (null, errors);
        return (new OfferSnapshot
        {
            Name = name!,
            AlternateName = alternateName,
            Description = description!,
            Url = url,
            Email = email,
            Phone = phone,
            Status = status,
            OrganizationId = organizationId,
            MunicipalityId = municipalityId,
            FeesDescription = fees,
            IsFree = form.IsFree,
            EligibilityDescription = eligibility,
            ApplicationProcess = application,
            MinimumAge = minimumAge,
            MaximumAge = maximumAge,
            StartsOn = startsOn,
            EndsOn = endsOn,
            ReviewIntervalMonths = reviewMonths,
            TermIds = termIds,
            LanguageIds = languageIds,
            LocationIds = locationIds,
            // Ordered as OfferSnapshot.Capture orders them, so an unchanged form compares equal.
            Schedules = schedules.OrderBy(s => s.Weekday).ThenBy(s => s.OpensAt).ToList(),
            CostOptions = costs.OrderBy(c => c.Option, StringComparer.Ordinal).ToList(),
        }, errors);
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()/\-.]*$")]
    private static partial Regex PhonePattern();
}
