using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lotse.Data;

// Let `dotnet ef` build the contexts without starting the app; neither connects to a database
// for `migrations add`. One migration set per provider (run from the repository root):
//   dotnet ef migrations add <Name> --project src/Lotse --context LotseDbContext --output-dir Data/Migrations/Sqlite
//   dotnet ef migrations add <Name> --project src/Lotse --context PostgresLotseDbContext --output-dir Data/Migrations/Postgres

/// <summary>SQLite, for the migrations in Data/Migrations/Sqlite.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LotseDbContext>
{
    public LotseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LotseDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>PostgreSQL, for the migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresLotseDbContext>
{
    public PostgresLotseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLotseDbContext>().UseNpgsql("Host=localhost;Database=lotse_design_time").Options);
}
