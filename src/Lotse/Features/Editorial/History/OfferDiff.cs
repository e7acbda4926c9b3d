using System.Globalization;
using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.History;

/// <summary>The fields that differ between two versions of an offer, with German labels and names instead of ids.</summary>
public static class OfferDiff
{
    /// <summary>One changed field: long texts as a word diff, lists as removed/added items, the rest as old → new.</summary>
    public sealed record Change(string Label, string? Old, string? New, IReadOnlyList<WordDiff.Segment>? Words,
        IReadOnlyList<string> Removed, IReadOnlyList<string> Added);

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static async Task<IReadOnlyList<Change>> CompareAsync(LotseDbContext db, OfferSnapshot from, OfferSnapshot to,
        IStringLocalizer<HistoryResource> text, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(db, from, to, cancellationToken);
        string? Name(Guid? id) => id is { } g ? names.GetValueOrDefault(g, g.ToString()) : null;
        string? Date(DateOnly? d) => d?.ToString("dd.MM.yyyy", German);
        string Bool(bool b) => text[b ? "Value.Yes" : "Value.No"];
        string Status(OfferStatus s) => text["Status." + s];

        var changes = new List<Change>();
        void Value(string field, string? old, string? @new)
        {
            if (old != @new)
                changes.Add(new Change(text["Field." + field], old, @new, null, [], []));
        }
        void Long(string field, string? old, string? @new)
        {
            if (old != @new)
                changes.Add(new Change(text["Field." + field], old, @new, WordDiff.Compare(old, @new), [], []));
        }
        void Items(string field, IEnumerable<string> old, IEnumerable<string> @new)
        {
            var o = old.ToList();
            var n = @new.ToList();
            var removed = o.Except(n).ToList();
            var added = n.Except(o).ToList();
            if (removed.Count > 0 || added.Count > 0)
                changes.Add(new Change(text["Field." + field], null, null, null, removed, added));
        }

        Value("Name", from.Name, to.Name);
        Value("AlternateName", from.AlternateName, to.AlternateName);
        Long("Description", from.Description, to.Description);
        Value("Status", Status(from.Status), Status(to.Status));
        Value("Organization", Name(from.OrganizationId), Name(to.OrganizationId));
        Value("Municipality", Name(from.MunicipalityId) ?? text["Value.CountyWide"], Name(to.MunicipalityId) ?? text["Value.CountyWide"]);
        Value("Url", from.Url, to.Url);
        Value("Email", from.Email, to.Email);
        Value("Phone", from.Phone, to.Phone);
        Value("IsFree", Bool(from.IsFree), Bool(to.IsFree));
        Long("FeesDescription", from.FeesDescription, to.FeesDescription);
        Long("EligibilityDescription", from.EligibilityDescription, to.EligibilityDescription);
        Long("ApplicationProcess", from.ApplicationProcess, to.ApplicationProcess);
        Value("MinimumAge", from.MinimumAge?.ToString(German), to.MinimumAge?.ToString(German));
        Value("MaximumAge", from.MaximumAge?.ToString(German), to.MaximumAge?.ToString(German));
        Value("StartsOn", Date(from.StartsOn), Date(to.StartsOn));
        Value("EndsOn", Date(from.EndsOn), Date(to.EndsOn));
        Value("ReviewIntervalMonths", from.ReviewIntervalMonths.ToString(German), to.ReviewIntervalMonths.ToString(German));
        Items("Terms", from.TermIds.Select(id => Name(id)!), to.TermIds.Select(id => Name(id)!));
        Items("Languages", from.LanguageIds.Select(id => Name(id)!), to.LanguageIds.Select(id => Name(id)!));
        Items("Locations", from.LocationIds.Select(id => Name(id)!), to.LocationIds.Select(id => Name(id)!));
        Items("Schedules", from.Schedules.Select(s => Schedule(s, text)), to.Schedules.Select(s => Schedule(s, text)));
        Items("CostOptions", from.CostOptions.Select(Cost), to.CostOptions.Select(Cost));
        return changes;
    }

    private static string Schedule(ScheduleSnapshot s, IStringLocalizer<HistoryResource> text)
    {
        var day = German.DateTimeFormat.GetDayName(s.Weekday);
        var time = $"{day} {s.OpensAt.ToString("HH:mm", German)}–{s.ClosesAt.ToString("HH:mm", German)} {text["Value.Clock"]}";
        return string.IsNullOrWhiteSpace(s.Note) ? time : $"{time} ({s.Note})";
    }

    private static string Cost(CostOptionSnapshot c)
    {
        var amount = c.Amount is { } a ? $"{a.ToString("N2", German)} {c.Currency}" : null;
        return string.Join(": ", new[] { c.Option, amount, c.AmountDescription }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>Names of every organization, municipality, term, language and location both versions mention, in one query each.</summary>
    private static async Task<Dictionary<Guid, string>> NamesAsync(LotseDbContext db, OfferSnapshot from, OfferSnapshot to, CancellationToken cancellationToken)
    {
        var organizations = new[] { from.OrganizationId, to.OrganizationId };
        var municipalities = new[] { from.MunicipalityId, to.MunicipalityId }.OfType<Guid>().ToArray();
        var terms = from.TermIds.Concat(to.TermIds).Distinct().ToArray();
        var languages = from.LanguageIds.Concat(to.LanguageIds).Distinct().ToArray();
        var locations = from.LocationIds.Concat(to.LocationIds).Distinct().ToArray();
        var names = new Dictionary<Guid, string>();
        foreach (var x in await db.Organizations.Where(o => organizations.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            names[x.Id] = x.Name;
        foreach (var x in await db.Municipalities.Where(m => municipalities.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            names[x.Id] = x.Name;
        foreach (var x in await db.TaxonomyTerms.Where(t => terms.Contains(t.Id)).Select(t => new { t.Id, Name = t.Taxonomy.Name + ": " + t.Label }).ToListAsync(cancellationToken))
            names[x.Id] = x.Name;
        foreach (var x in await db.Languages.Where(l => languages.Contains(l.Id)).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken))
            names[x.Id] = x.Name;
        foreach (var x in await db.Locations.Where(l => locations.Contains(l.Id)).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken))
            names[x.Id] = x.Name;
        return names;
    }
}
