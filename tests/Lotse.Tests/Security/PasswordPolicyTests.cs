using System.Buffers.Binary;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS V2.1 and V2.4, through the app's own account creation (the path of create-admin and the demo accounts;
/// there is no self-service registration).
/// </summary>
public sealed class PasswordPolicyTests(PasswordPolicyTests.App app) : IClassFixture<PasswordPolicyTests.App>
{
    public sealed class App() : LotseAppFactory(demoData: false);

    [Theory]
    [InlineData("Passwort2024!!")]
    [InlineData("123456789012")]
    [InlineData("Willkommen12345")]
    [InlineData("abcdabcdabcd")]
    [InlineData("qwertzuiop1234")]
    public async Task Common_or_repetitive_passwords_are_refused(string password)
    {
        var result = await CreateAsync($"{Guid.NewGuid():N}@test.example", password);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon");
    }

    [Fact]
    public async Task Passwords_from_64_up_to_128_characters_are_accepted_and_longer_ones_refused()
    {
        Assert.True((await CreateAsync($"{Guid.NewGuid():N}@test.example", Passphrase(128))).Succeeded);
        var result = await CreateAsync($"{Guid.NewGuid():N}@test.example", Passphrase(129));
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooLong");
    }

    [Fact]
    public async Task A_password_containing_the_own_email_name_is_refused()
    {
        var result = await CreateAsync("erika.mustermann@test.example", "erika.mustermann-im-rathaus");
        Assert.Contains(result.Errors, e => e.Code == "PasswordContainsEmail");
    }

    [Fact]
    public async Task Stored_hashes_are_salted_PBKDF2_SHA512_with_at_least_100000_iterations()
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        Assert.True((await CreateAsync(email, "ein langer satz als passwort")).Succeeded);
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LotseDbContext>()
            .Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync();
        // The pepper's marker (ASVS 2.4.5), then Identity's hash of the peppered password.
        Assert.StartsWith(PepperedPasswordHasher.Marker, stored);
        var hash = Convert.FromBase64String(stored[PepperedPasswordHasher.Marker.Length..]);

        // Identity's version-3 format: marker, PRF, iteration count, salt length (big-endian), salt, subkey.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));   // 2 = HMAC-SHA512
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= 100_000);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(9)) >= 16);   // salt of at least 128 bits
        Assert.DoesNotContain("ein langer satz", System.Text.Encoding.UTF8.GetString(hash), StringComparison.Ordinal);
    }

    private async Task<Microsoft.AspNetCore.Identity.IdentityResult> CreateAsync(string email, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountCreation>().CreateAsync(email, password, Roles.Reader);
    }

    private static string Passphrase(int length) =>
        string.Concat(Enumerable.Repeat("Fluss Ufer Brücke Nebel ", 10))[..length];
}
