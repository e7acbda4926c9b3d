using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lotse.Data;

/// <summary>
/// Every <see cref="DateTime"/> in the database is UTC. PostgreSQL's <c>timestamptz</c> accepts only
/// UTC values and keeps microseconds; SQLite keeps neither kind nor a limit. Storing UTC to the
/// microsecond and reading back <see cref="DateTimeKind.Utc"/> makes both providers return the same value.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(v => ToStored(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    // Unspecified is taken as UTC: the app creates its times from TimeProvider.GetUtcNow().
    internal static DateTime ToStored(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
