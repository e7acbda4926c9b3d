namespace Lotse.Features.Accounts;

/// <summary>
/// A small offline stand-in for a breached-password check (OWASP ASVS 4.0 V2.1.7): words that top every leaked
/// list (English and German) and names of this product and county, which length alone does not keep out when
/// digits or symbols are put around them ("Passwort2024!!", "Willkommen123"), and passwords of digits only.
/// It is deliberately short; a full breach corpus would need a download Lotse does not do.
/// </summary>
public static class CommonPasswords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwort", "passwd", "kennwort", "geheim", "geheimnis", "secret", "welcome", "willkommen",
        "hallo", "hello", "letmein", "iloveyou", "ichliebedich", "admin", "administrator", "root", "login", "anmelden",
        "qwerty", "qwertz", "qwertyuiop", "qwertzuiop", "qwertzuiopü", "asdfgh", "asdfghjkl", "asdfghjklö", "yxcvbnm",
        "zxcvbnm", "abcdef", "abcdefgh", "abcdefghijkl", "abc", "test", "testtest", "master", "dragon", "monkey",
        "football", "fussball", "fußball", "schalke", "borussia", "bayern", "sommer", "winter", "fruehling", "frühling",
        "herbst", "montag", "freitag", "sonne", "sonnenschein", "sunshine", "princess", "prinzessin", "schatz",
        "schatzi", "hase", "mausi", "baby", "starwars", "pokemon", "trustno1", "changeme", "aendern", "ändern",
        "startstart", "start", "neuespasswort", "newpassword", "passwortpasswort", "passwordpassword",
        "lotse", "lotsenportal", "integration", "integrationszentrum", "kommunalesintegrationszentrum", "kiz",
        "rheinsieg", "rheinsiegkreis", "rhein-sieg-kreis", "siegburg", "troisdorf", "bonn", "deutschland", "germany",
    };

    /// <summary>True when what is left after removing leading and trailing digits, spaces and symbols is a listed word, or nothing.</summary>
    public static bool Contains(string password)
    {
        var core = password.Trim().Trim(Decoration);
        return core.Length == 0 || Words.Contains(core) || Words.Contains(core.Replace(" ", "", StringComparison.Ordinal));
    }

    private static readonly char[] Decoration = "0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~§°€".ToCharArray();
}
