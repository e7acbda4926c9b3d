using Lotse.Data.Seed.Demo;

namespace Lotse.Data.Seed;

/// <summary>
/// Seeds the real actors and projects of 2013 and the fictional example offers. Everything is
/// added first and written with one SaveChanges, so a crash leaves no half-seeded directory.
/// </summary>
public sealed class DemoDataSeeder(LotseDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var reference = await DemoReference.LoadAsync(db, cancellationToken);
        // Every row is added as new, so scanning ~3000 tracked entries for changes would only cost start-up time.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var actors = Directory2013.AddActors(db, reference);
            Directory2013.AddProjects(db, reference, actors);
            Council2013.Add(db, actors);
            Network2013.Add(db, reference, actors, Network2013.AddMunicipalities(db, reference));
            new ExampleDirectoryBuilder(db, reference).Add();
            ExampleTranslations.Add(db);
            ControllingExamples.Add(db, reference);
            CostScenarios2013.Add(db, DateTime.UtcNow);
            Survey2013.Add(db, reference);
            ExampleWorkPlan.Add(db, reference, actors);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
