using Lotse.Data;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Data.Postgres;

/// <summary>
/// The seeded content of a database as plain lines, sorted so that two providers can be compared:
/// every row of the reference tables and every offer with its links.
/// </summary>
internal static class DatabaseContent
{
    public static async Task<IReadOnlyList<string>> ReadAsync(LotseAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var lines = new List<string>();

        lines.AddRange((await db.Municipalities.AsNoTracking().ToListAsync())
            .Select(m => $"municipality {m.Id} {m.Code} {m.Name} {m.Kind} {m.Latitude} {m.Longitude} {m.Population}"));
        lines.AddRange((await db.Taxonomies.AsNoTracking().ToListAsync())
            .Select(t => $"taxonomy {t.Id} {t.Code} {t.Name} {t.Description}"));
        lines.AddRange((await db.TaxonomyTerms.AsNoTracking().ToListAsync())
            .Select(t => $"term {t.Id} {t.TaxonomyId} {t.Code} {t.Label} {t.Description} {t.SortOrder}"));
        lines.AddRange((await db.Languages.AsNoTracking().ToListAsync())
            .Select(l => $"language {l.Id} {l.Code} {l.Name} {l.Endonym} {l.IsRightToLeft} {l.SortOrder}"));
        lines.AddRange((await db.Organizations.AsNoTracking().ToListAsync())
            .Select(o => $"organization {o.Id} {o.Name} {o.ActorType} {o.MunicipalityId} {o.IsExample}"));
        lines.AddRange((await db.Locations.AsNoTracking().ToListAsync())
            .Select(l => $"location {l.Id} {l.Name} {l.Street} {l.PostalCode} {l.City} {l.MunicipalityId} {l.Latitude} {l.Longitude}"));

        var offers = await db.Offers.AsNoTracking().AsSplitQuery()
            .Include(o => o.Terms).Include(o => o.Languages).Include(o => o.Locations)
            .Include(o => o.Contacts).Include(o => o.Schedules).Include(o => o.CostOptions)
            .ToListAsync();
        foreach (var o in offers)
        {
            lines.Add($"offer {o.Id} {o.OrganizationId} {o.Name} {o.Status} {o.MunicipalityId} {o.StartsOn} {o.EndsOn} {o.IsFree} {o.IsExample} {o.Description.Length}");
            lines.AddRange(o.Terms.Select(t => $"offer {o.Id} term {t.Id}"));
            lines.AddRange(o.Languages.Select(l => $"offer {o.Id} language {l.Id}"));
            lines.AddRange(o.Locations.Select(l => $"offer {o.Id} location {l.Id}"));
            lines.AddRange(o.Contacts.Select(c => $"offer {o.Id} contact {c.Name} {c.ConsentGivenOn}"));
            lines.AddRange(o.Schedules.Select(s => $"offer {o.Id} schedule {s.Weekday} {s.OpensAt:O} {s.ClosesAt:O}"));
            lines.AddRange(o.CostOptions.Select(c => $"offer {o.Id} cost {c.Option} {c.Amount:0.00} {c.Currency}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
