using Lotse.Features.Directory;
using Lotse.Features.Overview.Nrw;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Data.Seed;

/// <summary>
/// The 54 counties and county-free cities of NRW with their KIZ status of 27.11.2013 (nrw-kiz-status-2013.csv,
/// from the state coordination office's flyer), and the approval of December 2012 of the four counties the 2013
/// report compares with the Rhein-Sieg-Kreis. Seeded once, also into a database that already has its other reference data.
/// </summary>
public static class NrwStatusSeed
{
    public const string File = "nrw-kiz-status-2013.csv";
    public static readonly DateOnly FlyerDate = new(2013, 11, 27);
    public const string FlyerSource = "Flyer „Neue Akzente in NRW“, Landesweite Koordinierungsstelle, Stand 27.11.2013";
    public static readonly IReadOnlyList<string> Comparable = ["Kreis Gütersloh", "Kreis Lippe", "Kreis Mettmann", "Kreis Soest"];

    public static Guid IdOf(string name) => StableId.From("nrw-entry", name);

    public static async Task SeedAsync(LotseDbContext db, CancellationToken cancellationToken)
    {
        if (await db.NrwEntries.AnyAsync(cancellationToken))
            return;
        foreach (var row in ReferenceDataSeeder.Read(File))
        {
            var name = row["name"];
            var entry = new NrwEntry
            {
                Id = IdOf(name),
                Name = name,
                NameInSource = row["name_in_quelle"] == name ? null : row["name_in_quelle"],
                Kind = row["art"],
                IsComparable = Comparable.Contains(name),
            };
            if (entry.IsComparable)
            {
                entry.Changes.Add(new NrwStatusChange
                {
                    Id = StableId.From("nrw-change", name + ":2012-12"),
                    ChangedOn = new DateOnly(2012, 12, 1),
                    Category = row["kategorie"],
                    Note = "Bewilligung im Dezember 2012, seitdem Träger eines KIZ (Vorbereitung ca. März bis Oktober 2012); volle Personalausstattung nach den Schulsommerferien 2013, Eröffnung im Herbst 2013.",
                    Source = "Vorlage des Rhein-Sieg-Kreises 2013, „Erfahrungsberichte anderer Kreise“ (telefonische Nachfragen)",
                });
            }
            entry.Changes.Add(new NrwStatusChange
            {
                Id = StableId.From("nrw-change", name + ":2013-11-27"),
                ChangedOn = FlyerDate,
                Category = row["kategorie"],
                Source = FlyerSource,
            });
            db.NrwEntries.Add(entry);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
