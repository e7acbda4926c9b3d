using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Operations;

/// <summary>Cookies protected before a restart are still readable after it: the keys are kept in the data folder.</summary>
public sealed class DataProtectionKeysTests
{
    [Fact]
    public void What_one_start_protected_the_next_start_on_the_same_data_folder_can_read()
    {
        using var first = new LotseAppFactory(demoData: false);
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Sitzung").Protect("angemeldet");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(first.DataDirectory, "keys"), "key-*.xml"));

        using var second = new LotseAppFactory(demoData: false);
        second.Settings["Lotse:DataDirectory"] = first.DataDirectory;
        Assert.Equal("angemeldet", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Sitzung").Unprotect(protectedText));

        using var elsewhere = new LotseAppFactory(demoData: false);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(
            () => elsewhere.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Sitzung").Unprotect(protectedText));
    }
}
