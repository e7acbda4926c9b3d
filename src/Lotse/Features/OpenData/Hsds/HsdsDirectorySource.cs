using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// The published directory as nested HSDS for the API, read once per state of the database: every save
/// writes change-log rows, so the highest change-log sequence says whether the copy is still current.
/// </summary>
public sealed class HsdsDirectorySource(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Sequence, HsdsNesting Directory)? _current;

    public async Task<HsdsNesting> GetAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var sequence = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        if (_current is { } current && current.Sequence == sequence)
            return current.Directory;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && again.Sequence == sequence)
                return again.Directory;
            var tables = await scope.ServiceProvider.GetRequiredService<HsdsDirectoryReader>().ReadAsync(cancellationToken);
            var directory = new HsdsNesting(tables);
            _current = (sequence, directory);
            return directory;
        }
        finally
        {
            _gate.Release();
        }
    }
}
