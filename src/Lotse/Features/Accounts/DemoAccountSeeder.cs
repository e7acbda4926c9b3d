using System.Security.Cryptography;
using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Accounts;

/// <summary>
/// One demo account per role on a new demo database. Each gets a random password that is written
/// to the log once and stored only as Identity's hash: there is no default password to guess.
/// </summary>
public sealed class DemoAccountSeeder(AccountCreation accounts, LotseDbContext db, ILogger<DemoAccountSeeder> logger)
{
    // Without look-alikes (0/O, 1/l/I), since an operator may type it from the console.
    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<IReadOnlyDictionary<string, string>> SeedAsync(CancellationToken cancellationToken = default)
    {
        var troisdorf = await db.Municipalities.Where(m => m.Name == "Troisdorf").Select(m => m.Id).ToListAsync(cancellationToken);
        var organization = await db.Organizations.OrderBy(o => o.Name).Select(o => o.Id).Take(1).ToListAsync(cancellationToken);
        var demo = new (string Email, string Role, List<Guid> Municipalities, List<Guid> Organizations)[]
        {
            ("admin@lotse.example", Roles.Administrator, [], []),
            ("redaktion-kreis@lotse.example", Roles.CountyEditor, [], []),
            ("redaktion-troisdorf@lotse.example", Roles.MunicipalityEditor, troisdorf, []),
            ("traeger@lotse.example", Roles.Provider, [], organization),
            ("lesend@lotse.example", Roles.Reader, [], []),
        };
        var passwords = new Dictionary<string, string>();
        foreach (var (email, role, municipalities, organizations) in demo)
        {
            var password = RandomNumberGenerator.GetString(PasswordAlphabet, 20);
            var result = await accounts.CreateAsync(email, password, role, municipalities, organizations, cancellationToken);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            passwords[email] = password;
        }
        logger.LogWarning(
            "Demo-Konten angelegt. Die Passwörter werden nur dieses eine Mal angezeigt:{NewLine}{Accounts}",
            Environment.NewLine,
            string.Join(Environment.NewLine, passwords.Select(p => $"  {p.Key}  {p.Value}")));
        return passwords;
    }
}
