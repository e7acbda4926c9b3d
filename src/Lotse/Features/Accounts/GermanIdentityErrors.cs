using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>Identity's validation messages in German; they reach editors (forms) and operators (create-admin).</summary>
public sealed class GermanIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Das Passwort muss mindestens {length} Zeichen lang sein." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Das Passwort muss mindestens {uniqueChars} verschiedene Zeichen enthalten." };

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Das Passwort muss ein Sonderzeichen enthalten." };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Das Passwort muss eine Ziffer enthalten." };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "Das Passwort muss einen Kleinbuchstaben enthalten." };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = "Das Passwort muss einen Großbuchstaben enthalten." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"„{email}“ ist keine gültige E-Mail-Adresse." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"„{userName}“ ist kein gültiger Benutzername." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Es gibt bereits ein Konto mit der E-Mail-Adresse „{email}“." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Es gibt bereits ein Konto mit der E-Mail-Adresse „{userName}“." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Das Konto konnte nicht gespeichert werden." };
}
