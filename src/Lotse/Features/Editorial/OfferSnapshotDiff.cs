using System.Globalization;
using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial;

/// <summary>One changed field: its German label and both values as people read them.</summary>
public sealed record OfferFieldChange(OfferField Field, string Label, string OldValue, string NewValue);

/// <summary>
/// Field-by-field comparison of two offer snapshots with display values: ids of organizations,
/// municipalities, terms, languages and locations are resolved to their names.
/// </summary>
public sealed class OfferSnapshotDiff
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private readonly IStringLocalizer<OfferFieldsResource> _text;
    private readonly IReadOnlyDictionary<Guid, string> _names;

    public OfferSnapshotDiff(IStringLocalizer<OfferFieldsResource> text, IReadOnlyDictionary<Guid, string> names)
    {
        _text = text;
        _names = names;
    }

    /// <summary>A diff that knows the names of everything the given snapshots refer to.</summary>
    public static async Task<OfferSnapshotDiff> CreateAsync(LotseDbContext db, IStringLocalizer<OfferFieldsResource> text,
        IEnumerable<OfferSnapshot> snapshots, CancellationToken cancellationToken)
    {
        var list = snapshots.ToList();
        var organizations = list.Select(s => s.OrganizationId).Distinct().ToList();
        var municipalities = list.Where(s => s.MunicipalityId is not null).Select(s => s.MunicipalityId!.Value).Distinct().ToList();
        var terms = list.SelectMany(s => s.TermIds).Distinct().ToList();
        var languages = list.SelectMany(s => s.LanguageIds).Distinct().ToList();
        var locations = list.SelectMany(s => s.LocationIds).Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var x in await db.Organizations.Where(o => organizations.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            names[x.Id] = x.Name;
        foreach (var x in await db.Municipalities.Where(m => municipalities.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            names[x.Id] = x.Name;
        foreach (var x in await db.TaxonomyTerms.Where(t => terms.Contains(t.Id)).Select(t => new { t.Id, t.Label, Taxonomy = t.Taxonomy.Name }).ToListAsync(cancellationToken))
            names[x.Id] = $"{x.Taxonomy}: {x.Label}";
        foreach (var x in await db.Languages.Where(l => languages.Contains(l.Id)).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken))
            names[x.Id] = x.Name;
        foreach (var x in await db.Locations.Where(l => locations.Contains(l.Id)).Select(l => new { l.Id, l.Name, l.Street, l.PostalCode, l.City }).ToListAsync(cancellationToken))
            names[x.Id] = string.Join(", ", new[] { x.Name, x.Street, $"{x.PostalCode} {x.City}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new OfferSnapshotDiff(text, names);
    }

    /// <summary>The fields that differ, in form order.</summary>
    public IReadOnlyList<OfferFieldChange> Compare(OfferSnapshot before, OfferSnapshot after, IEnumerable<OfferField>? ignore = null)
    {
        var skipped = ignore?.ToHashSet() ?? [];
        return OfferFields.All
            .Where(f => !skipped.Contains(f) && !OfferFields.Same(before, after, f))
            .Select(f => new OfferFieldChange(f, Label(f), Display(before, f), Display(after, f)))
            .ToList();
    }

    public string Label(OfferField field) => _text["Field." + field];

    /// <summary>The value of <paramref name="field"/> as text; empty values read "(leer)".</summary>
    public string Display(OfferSnapshot s, OfferField field)
    {
        var text = field switch
        {
            OfferField.Status => _text["Status." + s.Status].Value,
            OfferField.Organization => Name(s.OrganizationId),
            OfferField.Municipality => s.MunicipalityId is { } m ? Name(m) : _text["CountyWide"].Value,
            OfferField.IsFree => _text[s.IsFree ? "Yes" : "No"].Value,
            OfferField.MinimumAge => s.MinimumAge?.ToString(German),
            OfferField.MaximumAge => s.MaximumAge?.ToString(German),
            OfferField.StartsOn => s.StartsOn?.ToString("dd.MM.yyyy", German),
            OfferField.EndsOn => s.EndsOn?.ToString("dd.MM.yyyy", German),
            OfferField.ReviewIntervalMonths => s.ReviewIntervalMonths.ToString(German),
            OfferField.Terms => Names(s.TermIds),
            OfferField.Languages => Names(s.LanguageIds),
            OfferField.Locations => Names(s.LocationIds),
            OfferField.Schedules => string.Join("\n", s.Schedules.Select(Schedule)),
            OfferField.CostOptions => string.Join("\n", s.CostOptions.Select(Cost)),
            _ => OfferFields.Value(s, field) as string,
        };
        return string.IsNullOrWhiteSpace(text) ? _text["Empty"].Value : text;
    }

    private string Name(Guid id) => _names.TryGetValue(id, out var name) ? name : _text["Unknown", id].Value;

    private string Names(IEnumerable<Guid> ids) => string.Join("\n", ids.Select(Name).Order(StringComparer.Create(German, true)));

    private static string Schedule(ScheduleSnapshot s)
    {
        var day = German.DateTimeFormat.GetDayName(s.Weekday);
        var line = $"{day} {s.OpensAt:HH\\:mm}–{s.ClosesAt:HH\\:mm}";
        return string.IsNullOrWhiteSpace(s.Note) ? line : $"{line} ({s.Note})";
    }

    private static string Cost(CostOptionSnapshot c)
    {
        var line = c.Amount is { } amount ? $"{c.Option}: {amount.ToString("N2", German)} {c.Currency}" : c.Option;
        return string.IsNullOrWhiteSpace(c.AmountDescription) ? line : $"{line} ({c.AmountDescription})";
    }
}
