using System.Globalization;
using System.Text;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// Parts of plainly fictional contact data: street names nobody lives in, people's names drawn
/// from common name lists (never a real person's), and accessibility and transport notes.
/// </summary>
internal static class FictionalDetails
{
    public static readonly string[] Streets =
    [
        "Musterstraße", "Am Beispielweg", "Beispielallee", "Musterplatz", "Mustergasse", "Am Musterpark",
        "Beispielring", "Musterweg", "Beispielstraße", "Im Musterfeld", "Beispielgasse", "An der Musterkirche",
    ];

    public static readonly string[] FirstNames =
    [
        "Sabine", "Thomas", "Ayşe", "Mehmet", "Olena", "Andrii", "Fatima", "Karim", "Julia", "Stefan",
        "Maryam", "Reza", "Agnieszka", "Piotr", "Elena", "Dmitri", "Ioana", "Lena", "Jonas", "Amina",
        "Yusuf", "Claudia", "Michael", "Semra", "Hanna", "Tesfay", "Nadia", "Bernd", "Leyla", "Katrin",
    ];

    public static readonly string[] LastNames =
    [
        "Krüger", "Hoffmann", "Yıldız", "Demir", "Kovalenko", "Schröder", "Haddad", "Nowak", "Petrova",
        "Brandt", "Rahimi", "Wagner", "Popescu", "Lehmann", "Aydın", "Keller", "Mansour", "Wójcik",
        "Vogt", "Osman", "Berger", "Sommer", "Tekle", "Horn", "Karimi", "Engel", "Ivanova", "Franke",
    ];

    public static readonly (string Description, string Details)[] Accessibility =
    [
        ("Stufenloser Zugang, Aufzug in alle Etagen", "Barrierefreies WC im Erdgeschoss. Induktionsschleife im Beratungsraum."),
        ("Barrierefrei: ebenerdiger Eingang und breite Türen", "Barrierefreies WC. Behindertenparkplatz direkt vor dem Haus."),
        ("Stufenloser Zugang über den Seiteneingang, Aufzug", "Klingel auf Rollstuhlhöhe am Seiteneingang. Barrierefreies WC im 1. Obergeschoss."),
        ("Stufenloser Zugang, Aufzug, barrierefreies WC", "Induktionsschleife im großen Saal. Taktiles Leitsystem vom Eingang bis zum Empfang."),
        ("Eingeschränkt barrierefrei: Rampe am Eingang, Räume im 1. Stock ohne Aufzug", "Auf Wunsch findet die Beratung in einem Raum im Erdgeschoss statt. Bitte bei der Anmeldung sagen."),
        ("Nicht barrierefrei: Eingang mit drei Stufen", "Kein Aufzug, kein barrierefreies WC. Auf Nachfrage vereinbaren wir einen Termin an einem barrierefreien Ort."),
        ("Stufenloser Zugang, alle Räume im Erdgeschoss", "Barrierefreies WC. Assistenzhunde sind willkommen."),
    ];

    public static readonly (string Description, string Details)[] OutdoorAccessibility =
    [
        ("Ebenerdiges Gelände mit befestigten Wegen", "Barrierefreies WC im Gebäude nebenan."),
        ("Gelände teils mit Rasen und Kies, mit dem Rollstuhl eingeschränkt befahrbar", "Toiletten im Vereinsheim, nicht barrierefrei."),
    ];

    public static readonly string[] Transportation =
    [
        "Bushaltestelle „Musterplatz“ direkt vor dem Haus.",
        "Vom Bahnhof etwa 10 Minuten zu Fuß; Fahrradständer am Eingang.",
        "Bushaltestelle „Am Beispielweg“ in 3 Minuten zu Fuß; Parkplätze im Hof.",
        "Mit dem Bus bis „Ortsmitte“, danach etwa 5 Minuten zu Fuß.",
        "Haltestelle „Beispielallee“ um die Ecke; kostenlose Parkplätze hinter dem Gebäude.",
    ];

    /// <summary>"Sozialwerk Königswinter e. V." → "sozialwerk-koenigswinter" for plainly fictional .example hosts.</summary>
    public static string Slug(string text)
    {
        var lower = text.ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss").Replace('ı', 'i')
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }
        return string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>
/// Hands out numbers of the Cologne range that the Bundesnetzagentur keeps free for media
/// productions ("Drama Numbers", (0)221 4710 000–999): they will never reach a real line.
/// </summary>
internal sealed class DramaNumbers
{
    public const string Prefix = "0221 4710";
    private int _next;

    public string Next()
    {
        if (_next > 999)
            throw new InvalidOperationException("The demo data needs more than the 1000 reserved phone numbers.");
        return $"{Prefix}-{_next++:000}";
    }
}
