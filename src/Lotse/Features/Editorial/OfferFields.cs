using System.Text.Json;

namespace Lotse.Features.Editorial;

/// <summary>The fields of an <see cref="OfferSnapshot"/> one by one, for diffs and for merging two snapshots field by field.</summary>
public enum OfferField
{
    Name,
    AlternateName,
    Description,
    Url,
    Email,
    Phone,
    Status,
    Organization,
    Municipality,
    FeesDescription,
    IsFree,
    EligibilityDescription,
    ApplicationProcess,
    MinimumAge,
    MaximumAge,
    StartsOn,
    EndsOn,
    ReviewIntervalMonths,
    Terms,
    Languages,
    Locations,
    Schedules,
    CostOptions,
}

public static class OfferFields
{
    public static IReadOnlyList<OfferField> All { get; } = Enum.GetValues<OfferField>();

    public static object? Value(OfferSnapshot s, OfferField field) => field switch
    {
        OfferField.Name => s.Name,
        OfferField.AlternateName => s.AlternateName,
        OfferField.Description => s.Description,
        OfferField.Url => s.Url,
        OfferField.Email => s.Email,
        OfferField.Phone => s.Phone,
        OfferField.Status => s.Status,
        OfferField.Organization => s.OrganizationId,
        OfferField.Municipality => s.MunicipalityId,
        OfferField.FeesDescription => s.FeesDescription,
        OfferField.IsFree => s.IsFree,
        OfferField.EligibilityDescription => s.EligibilityDescription,
        OfferField.ApplicationProcess => s.ApplicationProcess,
        OfferField.MinimumAge => s.MinimumAge,
        OfferField.MaximumAge => s.MaximumAge,
        OfferField.StartsOn => s.StartsOn,
        OfferField.EndsOn => s.EndsOn,
        OfferField.ReviewIntervalMonths => s.ReviewIntervalMonths,
        OfferField.Terms => s.TermIds,
        OfferField.Languages => s.LanguageIds,
        OfferField.Locations => s.LocationIds,
        OfferField.Schedules => s.Schedules,
        OfferField.CostOptions => s.CostOptions,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>Whether the two snapshots hold the same value in <paramref name="field"/> (lists compared by content).</summary>
    public static bool Same(OfferSnapshot a, OfferSnapshot b, OfferField field) =>
        JsonSerializer.Serialize(Value(a, field)) == JsonSerializer.Serialize(Value(b, field));

    /// <summary><paramref name="target"/> with the value of <paramref name="field"/> taken from <paramref name="source"/>.</summary>
    public static OfferSnapshot Take(OfferSnapshot target, OfferSnapshot source, OfferField field) => field switch
    {
        OfferField.Name => target with { Name = source.Name },
        OfferField.AlternateName => target with { AlternateName = source.AlternateName },
        OfferField.Description => target with { Description = source.Description },
        OfferField.Url => target with { Url = source.Url },
        OfferField.Email => target with { Email = source.Email },
        OfferField.Phone => target with { Phone = source.Phone },
        OfferField.Status => target with { Status = source.Status },
        OfferField.Organization => target with { OrganizationId = source.OrganizationId },
        OfferField.Municipality => target with { MunicipalityId = source.MunicipalityId },
        OfferField.FeesDescription => target with { FeesDescription = source.FeesDescription },
        OfferField.IsFree => target with { IsFree = source.IsFree },
        OfferField.EligibilityDescription => target with { EligibilityDescription = source.EligibilityDescription },
        OfferField.ApplicationProcess => target with { ApplicationProcess = source.ApplicationProcess },
        OfferField.MinimumAge => target with { MinimumAge = source.MinimumAge },
        OfferField.MaximumAge => target with { MaximumAge = source.MaximumAge },
        OfferField.StartsOn => target with { StartsOn = source.StartsOn },
        OfferField.EndsOn => target with { EndsOn = source.EndsOn },
        OfferField.ReviewIntervalMonths => target with { ReviewIntervalMonths = source.ReviewIntervalMonths },
        OfferField.Terms => target with { TermIds = source.TermIds },
        OfferField.Languages => target with { LanguageIds = source.LanguageIds },
        OfferField.Locations => target with { LocationIds = source.LocationIds },
        OfferField.Schedules => target with { Schedules = source.Schedules },
        OfferField.CostOptions => target with { CostOptions = source.CostOptions },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
