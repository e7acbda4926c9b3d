using Lotse.Features.Accounts;
using Lotse.Features.Editorial.SpreadsheetImport;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.SpreadsheetImport;

/// <summary>For the access matrix: an upload of the caller's own (inside) and one of another account (outside).</summary>
public static class SpreadsheetImportAccessSamples
{
    public static async Task<ScopedSamples> UploadAsync(LotseAppFactory factory, string? role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>();
        var pending = scope.ServiceProvider.GetRequiredService<PendingImports>();
        var owner = role is null ? Guid.Empty : (await users.GetUsersInRoleAsync(role)).Select(u => u.Id).FirstOrDefault();
        var file = SpreadsheetImportTestData.Csv(SpreadsheetImportTestData.Row("Musterkurs", "Musterverein"));
        var inside = await pending.SaveAsync(owner, "a.csv", SpreadsheetFormat.Csv, file, CancellationToken.None);
        var outside = await pending.SaveAsync(Guid.NewGuid(), "b.csv", SpreadsheetFormat.Csv, file, CancellationToken.None);
        return new($"/intern/import/tabelle/{inside.Token}", $"/intern/import/tabelle/{outside.Token}");
    }
}
