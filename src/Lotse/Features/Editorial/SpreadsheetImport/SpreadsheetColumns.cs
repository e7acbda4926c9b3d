namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>What a column holds; decides how a cell is read and which list its dropdown offers.</summary>
public enum ColumnKind
{
    Name,
    Description,
    Organization,
    Municipality,
    Street,
    PostalCode,
    City,
    Phone,
    Email,
    Website,
    Topics,
    Types,
    Audiences,
    Languages,
    FeesDescription,
    IsFree,
    OpeningHours,
    StartsOn,
    EndsOn,
    MinimumAge,
    MaximumAge,
    Eligibility,
    ApplicationProcess,
}

/// <summary>One column of the template: its German header (also how an upload's columns are recognised) and a hint.</summary>
public sealed record SpreadsheetColumn(ColumnKind Kind, string Header, bool Required, string Hint, bool MultipleValues = false);

/// <summary>
/// The columns of the "Angebote" sheet and of the CSV template, in order. The headers are the contract
/// with the municipalities' spreadsheets: uploads are matched by header text, not by position.
/// </summary>
public static class SpreadsheetColumns
{
    public const string OffersSheet = "Angebote";
    public const string ListsSheet = "Listen";
    public const string InstructionsSheet = "Anleitung";

    /// <summary>Separator of several values in one cell (topics, languages, …); term labels contain no semicolon.</summary>
    public const char ValueSeparator = ';';

    public const string Yes = "ja";
    public const string No = "nein";

    public static readonly IReadOnlyList<SpreadsheetColumn> All =
    [
        new(ColumnKind.Name, "Name", true, "Name des Angebots, höchstens 300 Zeichen."),
        new(ColumnKind.Description, "Beschreibung", true, "Was das Angebot bietet; Markdown ist erlaubt."),
        new(ColumnKind.Organization, "Träger", true, "Name des Trägers genau wie in der Liste (Blatt „Listen“)."),
        new(ColumnKind.Municipality, "Kommune", true, "Kommune aus der Liste; „kreisweit“ nur für die Redaktion des Kreises."),
        new(ColumnKind.Street, "Straße", false, "Straße und Hausnummer des Ortes, an dem das Angebot stattfindet."),
        new(ColumnKind.PostalCode, "PLZ", false, "Fünfstellige Postleitzahl; mit Straße zusammen anzugeben."),
        new(ColumnKind.City, "Ort", false, "Ort der Adresse, z. B. Troisdorf."),
        new(ColumnKind.Phone, "Telefon", false, "Telefonnummer, z. B. 02241 123-456."),
        new(ColumnKind.Email, "E-Mail", false, "E-Mail-Adresse für Anfragen."),
        new(ColumnKind.Website, "Webseite", false, "Adresse mit https://."),
        new(ColumnKind.Topics, "Themen", false, "Ein oder mehrere Themen aus der Liste, durch Semikolon getrennt.", true),
        new(ColumnKind.Types, "Angebotsarten", false, "Eine oder mehrere Angebotsarten aus der Liste, durch Semikolon getrennt.", true),
        new(ColumnKind.Audiences, "Zielgruppen", false, "Eine oder mehrere Zielgruppen aus der Liste, durch Semikolon getrennt.", true),
        new(ColumnKind.Languages, "Sprachen", false, "Sprachen, in denen das Angebot stattfindet, durch Semikolon getrennt.", true),
        new(ColumnKind.FeesDescription, "Kosten", false, "Kosten in Worten, z. B. „5 € je Termin“."),
        new(ColumnKind.IsFree, "Kostenlos", false, "„ja“ oder „nein“."),
        new(ColumnKind.OpeningHours, "Öffnungszeiten", false, "Je Wochentag eine Zeile oder durch Semikolon getrennt, z. B. „Montag: 09:00–12:00; Mi: 14:00–16:00“."),
        new(ColumnKind.StartsOn, "Beginn", false, "Erster Tag bei Kursen und Veranstaltungen, TT.MM.JJJJ."),
        new(ColumnKind.EndsOn, "Ende", false, "Letzter Tag bei Kursen und Veranstaltungen, TT.MM.JJJJ."),
        new(ColumnKind.MinimumAge, "Mindestalter", false, "Ganze Zahl in Jahren."),
        new(ColumnKind.MaximumAge, "Höchstalter", false, "Ganze Zahl in Jahren."),
        new(ColumnKind.Eligibility, "Voraussetzungen", false, "Wer teilnehmen kann."),
        new(ColumnKind.ApplicationProcess, "Anmeldung", false, "Wie man sich anmeldet."),
    ];

    public static SpreadsheetColumn Of(ColumnKind kind) => All.First(c => c.Kind == kind);

    /// <summary>The column a header names (trimmed, case and a trailing "*" ignored); null for an unknown header.</summary>
    public static SpreadsheetColumn? ForHeader(string? header)
    {
        var text = (header ?? "").Trim().TrimEnd('*').Trim();
        return All.FirstOrDefault(c => string.Equals(c.Header, text, StringComparison.OrdinalIgnoreCase));
    }
}
