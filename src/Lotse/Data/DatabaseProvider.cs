namespace Lotse.Data;

/// <summary>The database engine behind <see cref="LotseDbContext"/>, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file in the data folder; the default for a single machine and for development.</summary>
    Sqlite,

    /// <summary>The production database; several web nodes can share it.</summary>
    Postgres,
}
