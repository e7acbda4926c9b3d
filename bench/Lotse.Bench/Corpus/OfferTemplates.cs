namespace Lotse.Bench.Corpus;

/// <summary>
/// A kind of offer as it appears in a county's integration directory: its name patterns, its type
/// code, the topics and audiences it usually carries and how often it occurs. {town} and
/// {provider} are filled in per offer.
/// </summary>
internal sealed record OfferTemplate(
    string Type,
    string[] Names,
    string[] Topics,
    string[] Audiences,
    string[] Openers,
    double Weight);

internal static class OfferTemplates
{
    public static readonly OfferTemplate[] All =
    [
        new("beratung",
            ["Migrationsberatung für Erwachsene", "Migrationsberatung in {town}", "Anerkennungsberatung", "Beratung zur Anerkennung ausländischer Abschlüsse",
             "Flüchtlingsberatung {town}", "Sozialberatung für Zugewanderte", "Jugendmigrationsdienst {town}", "Rückkehr- und Perspektivberatung",
             "Beratung zum Aufenthaltsrecht", "Einbürgerungsberatung", "Schuldnerberatung für Familien", "Psychosoziale Beratung für Geflüchtete",
             "Frauenberatung International", "Beratung für Eltern mit Zuwanderungsgeschichte", "Ausbildungsberatung für junge Zugewanderte"],
            ["soziales", "aufenthalt", "arbeit"], ["zugewanderte", "gefluechtete", "frauen", "jugendliche", "eltern"],
            ["Die {provider} berät Zugewanderte in {town} vertraulich und kostenlos zu allen Fragen rund um Aufenthalt, Arbeit und Alltag.",
             "In der offenen Sprechstunde in {town} helfen erfahrene Beraterinnen und Berater bei Anträgen, Behördenpost und der Suche nach der richtigen Stelle.",
             "Wer neu im Rhein-Sieg-Kreis ist, bekommt hier Orientierung: Die Beratung erklärt Rechte und Pflichten und begleitet bei den ersten Schritten.",
             "Die Anerkennungsberatung prüft gemeinsam mit Ihnen, welche Stelle für Ihren ausländischen Berufsabschluss zuständig ist."],
            22),
        new("sprachkurs",
            ["Deutschkurs A1 für Anfängerinnen und Anfänger", "Sprachkurs Deutsch am Vormittag", "Deutsch im Alltag", "Konversationskurs Deutsch B1",
             "Alphabetisierungskurs", "Deutsch für den Beruf", "Sprachkurs für Mütter mit Kinderbetreuung", "Herkunftssprachlicher Unterricht Türkisch",
             "Arabisch für Kinder", "Deutschkurs am Abend in {town}", "Lese- und Schreibkurs", "Sprachförderung für Seniorinnen"],
            ["sprache", "bildung"], ["zugewanderte", "gefluechtete", "frauen", "eltern", "senioren", "kinder"],
            ["Im Sprachkurs der {provider} lernen Sie Deutsch für den Alltag: einkaufen, zum Arzt gehen, mit der Schule Ihrer Kinder sprechen.",
             "Der Kurs richtet sich an Menschen ohne oder mit geringen Deutschkenntnissen und findet in kleinen Gruppen in {town} statt.",
             "Geübt wird mit Alltagssituationen, Rollenspielen und Ausflügen; eine Einstufung vor Kursbeginn sorgt für die passende Gruppe.",
             "Während des Unterrichts werden kleine Kinder im Nebenraum betreut."],
            18),
        new("integrationskurs",
            ["Integrationskurs", "Frauenintegrationskurs", "Elternintegrationskurs", "Jugendintegrationskurs", "Integrationskurs mit Alphabetisierung",
             "Intensivkurs Deutsch B1", "Berufssprachkurs B2", "Integrationskurs in Teilzeit in {town}", "Zweitschriftlernerkurs"],
            ["sprache", "aufenthalt"], ["zugewanderte", "gefluechtete", "frauen", "eltern", "jugendliche"],
            ["Der vom Bundesamt für Migration und Flüchtlinge geförderte Integrationskurs besteht aus einem Sprachkurs und einem Orientierungskurs.",
             "Die {provider} bietet den Kurs in {town} an; die Anmeldung erfolgt nach einem persönlichen Einstufungstest.",
             "Am Ende stehen der Deutsch-Test für Zuwanderer und der Test Leben in Deutschland.",
             "Mit Berechtigungsschein des Jobcenters oder der Ausländerbehörde ist die Teilnahme kostenfrei oder stark ermäßigt."],
            12),
        new("treffpunkt",
            ["Sprachcafé", "Sprachcafé {town}", "Internationales Frauenfrühstück", "Begegnungscafé", "Elterncafé", "Internationaler Seniorentreff",
             "Nähcafé", "Repair-Café International", "Offener Treff für Geflüchtete", "Mädchentreff", "Kochtreff Länderküche", "Spieletreff für Familien"],
            ["kultur", "sprache", "familie"], ["zugewanderte", "gefluechtete", "frauen", "maedchen", "senioren", "eltern", "ehrenamtliche"],
            ["Einmal in der Woche treffen sich Einheimische und Neuzugewanderte in {town} zu Kaffee, Tee und Gesprächen auf Deutsch.",
             "Ohne Anmeldung, ohne Kosten: Jede und jeder ist willkommen, auch mit wenig Deutsch.",
             "Ehrenamtliche der {provider} organisieren den Treff und helfen bei kleinen Fragen des Alltags weiter.",
             "Oft entstehen aus dem Treff Freundschaften, Tandems und gemeinsame Ausflüge."],
            16),
        new("projekt",
            ["Hausaufgabenhilfe", "Hausaufgabenhilfe für Grundschulkinder in {town}", "Bewerbungstraining", "Mentoringprogramm Ausbildung", "Theaterprojekt",
             "Fußball für alle", "Interkultureller Gemeinschaftsgarten", "Schwimmkurs für Frauen", "Radfahrkurs für Frauen", "Stadtteilmütter",
             "Gesundheitslotsen", "Kulturdolmetscher", "Digitale Sprechstunde", "Medienwerkstatt für Jugendliche", "Wohnungsführerschein"],
            ["bildung", "arbeit", "sport", "gesundheit", "wohnen", "kultur"], ["kinder", "jugendliche", "frauen", "zugewanderte", "gefluechtete", "jungen", "maedchen"],
            ["Das Projekt der {provider} unterstützt Kinder und Jugendliche aus zugewanderten Familien in {town}.",
             "Im Bewerbungstraining entstehen Lebenslauf und Anschreiben; Vorstellungsgespräche werden geübt.",
             "Gemeinsam mit Schulen, Vereinen und dem Jobcenter werden passende Wege in Ausbildung und Arbeit gesucht.",
             "Das Projekt wird aus Mitteln des Landes Nordrhein-Westfalen gefördert und ist für die Teilnehmenden kostenlos."],
            14),
        new("veranstaltung",
            ["Interkulturelles Fest {town}", "Lesung mit Gespräch", "Informationsabend Einbürgerung", "Fortbildung Interkulturelle Kompetenz",
             "Filmabend Nahaufnahme", "Tag der offenen Tür", "Infoabend Ausbildung in Deutschland", "Woche gegen Rassismus", "Elternabend Schule in Deutschland"],
            ["kultur", "aufenthalt", "bildung"], ["zugewanderte", "fachkraefte", "ehrenamtliche", "eltern", "unternehmen"],
            ["Die Veranstaltung in {town} lädt zum Kennenlernen, Zuhören und Mitreden ein.",
             "Fachleute der {provider} informieren und beantworten Fragen; Dolmetscherinnen übersetzen bei Bedarf.",
             "Für Essen und Getränke aus vielen Ländern ist gesorgt.",
             "Die Fortbildung richtet sich an Fachkräfte aus Verwaltung, Schule und Kita."],
            8),
        new("lotsen-patenschaft",
            ["Integrationslotsen {town}", "Bildungspatenschaften", "Familienpatenschaften", "Ausbildungspaten", "Lesepaten", "Behördenlotsen"],
            ["bildung", "familie", "soziales"], ["ehrenamtliche", "gefluechtete", "kinder", "eltern", "zugewanderte"],
            ["Ehrenamtliche Lotsinnen und Lotsen begleiten neu Zugewanderte in {town} zu Ämtern, Ärzten und Schulen.",
             "Die {provider} bildet die Patinnen und Paten aus und begleitet sie mit regelmäßigem Austausch.",
             "Gesucht werden auch neue Ehrenamtliche, die etwas Zeit und Geduld mitbringen."],
            6),
        new("ansprechpartner",
            ["Integrationsbeauftragte der Stadt {town}", "Ansprechperson für Geflüchtete in {town}", "Koordination Ehrenamt {town}", "Integrationsrat {town}"],
            ["soziales", "aufenthalt", "wohnen"], ["zugewanderte", "gefluechtete", "ehrenamtliche", "fachkraefte"],
            ["Die Ansprechperson in {town} vermittelt zwischen Verwaltung, Vereinen und Zugewanderten.",
             "Sie kennt die Angebote vor Ort und hilft, die passende Stelle zu finden.",
             "Termine nach Vereinbarung im Rathaus von {town}."],
            4),
    ];

    /// <summary>Sentences any offer may add after its opener, to give the texts their breadth.</summary>
    public static readonly string[] Sentences =
    [
        "Das Angebot findet jeden {weekday} von {from} bis {to} Uhr statt.",
        "Treffpunkt ist das Gemeindezentrum in der {street} in {town}.",
        "Eine Anmeldung ist nicht erforderlich; kommen Sie einfach vorbei.",
        "Bitte melden Sie sich vorher telefonisch oder per E-Mail an.",
        "Die Teilnahme ist kostenlos, Spenden sind willkommen.",
        "Beratung und Unterricht sind auch auf {language} möglich.",
        "Die Räume sind barrierefrei erreichbar, ein Aufzug ist vorhanden.",
        "Mit Bus und Bahn erreichen Sie uns gut, die Haltestelle {street} liegt direkt vor der Tür.",
        "Kinderbetreuung kann nach Absprache angeboten werden.",
        "Das Angebot richtet sich besonders an {audience}.",
        "Alle Gespräche sind vertraulich und unterliegen der Schweigepflicht.",
        "In den Schulferien pausiert das Angebot.",
        "Wir arbeiten eng mit dem Kommunalen Integrationszentrum des Rhein-Sieg-Kreises zusammen.",
        "Auch Angehörige und Freunde sind herzlich eingeladen.",
        "Dolmetscherinnen und Dolmetscher für {language} können vermittelt werden.",
        "Neue Teilnehmende können jederzeit einsteigen.",
        "Bringen Sie, wenn vorhanden, Ihre Unterlagen und Ihren Aufenthaltstitel mit.",
        "Nach dem Kurs erhalten alle eine Teilnahmebescheinigung.",
        "Die {provider} ist seit vielen Jahren in {town} aktiv.",
        "Zum Abschluss gibt es ein gemeinsames Fest mit Musik und Essen.",
    ];

    public static readonly string[] Weekdays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    public static readonly string[] Streets =
    [
        "Hauptstraße", "Kirchstraße", "Bahnhofstraße", "Marktplatz", "Schulstraße", "Lindenallee", "Am Rathaus",
        "Siegstraße", "Kölner Straße", "Bonner Straße", "Burgstraße", "Mühlenweg", "Gartenstraße", "Auf dem Driesch",
    ];

    public static readonly string[] ProviderPatterns =
    [
        "Caritasverband {town}", "Diakonie {town}", "AWO Ortsverein {town}", "DRK-Ortsverein {town}", "Volkshochschule {town}",
        "Familienzentrum Regenbogen {town}", "Interkulturelles Zentrum {town}", "Integrationsrat der Stadt {town}", "Stadt {town}",
        "TuS {town} 1911 e.V.", "Begegnungsstätte {town}", "Evangelische Kirchengemeinde {town}", "Katholische Familienbildungsstätte {town}",
        "Frauen helfen Frauen {town} e.V.", "Jugendzentrum {town}", "Bürgerstiftung {town}", "Flüchtlingshilfe {town} e.V.",
        "Kulturverein Brücke {town}", "Internationaler Bund {town}", "Netzwerk Willkommen {town}",
    ];
}
