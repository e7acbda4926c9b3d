namespace Lotse.Data.Seed.Demo;

/// <summary>
/// Made-up providers, one per kind and town: names that sound like the welfare associations,
/// clubs and initiatives of a county without being any real one. They are marked as examples.
/// </summary>
internal static class ExampleProviders
{
    internal sealed record ProviderStyle(string ActorType, string[] Names, string Place, string Description);

    public static ProviderStyle For(ProviderKind kind) => kind switch
    {
        ProviderKind.Welfare => new("wohlfahrtsverband",
            ["Sozialwerk {ort} e. V.", "Soziale Dienste {ort} gGmbH", "Nachbarschaftswerk {ort} e. V."],
            "Beratungsstelle {ort}",
            "Gemeinnütziger Träger der freien Wohlfahrtspflege mit Beratung, Treffpunkten und Ehrenamtsarbeit in {ort}."),
        ProviderKind.MigrationService => new("wohlfahrtsverband",
            ["Fachdienst Migration {ort}", "Beratungszentrum Brückenschlag {ort}", "Migrationsdienste Sieg-Rhein, Büro {ort}"],
            "Beratungszentrum {ort}",
            "Beratungsstelle für Menschen mit Zuwanderungsgeschichte: Aufenthalt, Arbeit, Familie und Alltag."),
        ProviderKind.Education => new("bildungstraeger",
            ["Bildungsforum {ort} e. V.", "Sprachschule Lindenblatt {ort}", "Bildungswerk Siebenhügel, Standort {ort}"],
            "Bildungshaus {ort}",
            "Anerkannter Träger der Erwachsenenbildung mit Sprach- und Integrationskursen, Alphabetisierung und Berufssprachkursen."),
        ProviderKind.FamilyCentre => new("familienzentrum",
            ["Familienzentrum Regenbogen {ort}", "Familienzentrum Sonnenblume {ort}", "Familienzentrum Kunterbunt {ort}"],
            "Familienzentrum {stadtteil}",
            "Kindertageseinrichtung und Familienzentrum mit Angeboten für Eltern und Kinder aus dem ganzen Stadtteil."),
        ProviderKind.Initiative => new("initiative",
            ["Initiative Willkommen in {ort} e. V.", "Netzwerk Ankommen {ort}", "Freundeskreis Neue Nachbarn {ort}"],
            "Begegnungsraum {stadtteil}",
            "Ehrenamtliche Initiative, die neu zugewanderte Menschen beim Ankommen begleitet."),
        ProviderKind.MigrantAssociation => new("migrantenorganisation",
            ["Interkultureller Verein Brücke {ort} e. V.", "Internationales Frauenforum {ort} e. V.", "Deutsch-Türkischer Freundeskreis {ort} e. V.", "Afrikanisch-Deutscher Kulturverein {ort} e. V."],
            "Vereinsräume {stadtteil}",
            "Verein von Menschen mit und ohne Zuwanderungsgeschichte, der Begegnung, Bildung und Selbsthilfe organisiert."),
        ProviderKind.SportsClub => new("verein",
            ["Sportgemeinschaft Vielfalt {ort} e. V.", "Turnverein Eintracht {ort} e. V.", "Ballsportfreunde {ort} e. V."],
            "Sporthalle {stadtteil}",
            "Sportverein mit Breitensport für alle Altersgruppen und offenen Angeboten für Neuzugewanderte."),
        ProviderKind.IntegrationOffice => new("kommune",
            ["Integrationsbüro {ort}"],
            "Integrationsbüro {ort}",
            "Anlaufstelle für Integrationsfragen in {ort}: vermittelt an Beratungsstellen, Kurse und Vereine vor Ort."),
        ProviderKind.YouthCentre => new("jugendeinrichtung",
            ["Jugendzentrum Kompass {ort}", "Offene Jugendarbeit {ort} e. V.", "Jugendtreff Leuchtturm {ort}"],
            "Jugendzentrum {stadtteil}",
            "Offene Kinder- und Jugendeinrichtung mit Freizeit-, Bildungs- und Beratungsangeboten."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
