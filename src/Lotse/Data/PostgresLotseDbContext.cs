using Lotse.Features.Editorial.History;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Data;

/// <summary>
/// <see cref="LotseDbContext"/> on PostgreSQL. Its own type only so that EF Core keeps a separate
/// migration set (Data/Migrations/Postgres); the app injects it as <see cref="LotseDbContext"/>.
/// </summary>
public sealed class PostgresLotseDbContext(DbContextOptions<PostgresLotseDbContext> options, TimeProvider? clock = null, ICurrentActor? actor = null)
    : LotseDbContext(options, clock, actor);
