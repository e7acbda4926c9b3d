namespace Lotse.Data.Seed.Demo;

/// <summary>The kinds of fictional offers of the demo data; every topic, type and audience appears in several.</summary>
internal static class ExampleOfferTemplates
{
    /// <summary>Every town gets this one: the first contact for integration questions.</summary>
    public static readonly ExampleOfferTemplate IntegrationContact = new()
    {
        Key = "ansprechperson-integration",
        Name = "Ansprechperson für Integration in {ort}",
        Type = "ansprechpartner",
        Topics = ["soziales", "aufenthalt"],
        Audiences = ["zugewanderte", "ehrenamtliche", "fachkraefte"],
        Provider = ProviderKind.IntegrationOffice,
        Description = """
            Sie sind neu in {ort} oder haben eine Frage zum Zusammenleben vor Ort? Das Integrationsbüro ist die erste Anlaufstelle. Wir hören zu, klären Ihr Anliegen und vermitteln Sie an die passende Beratungsstelle, einen Sprachkurs oder einen Verein.

            Auch Vereine, Schulen und Ehrenamtliche, die ein Projekt planen, beraten wir gern – zum Beispiel zu Fördermitteln und Räumen.
            """,
        Eligibility = "Alle Menschen, die in {ort} wohnen oder arbeiten, sowie Vereine und Initiativen aus {ort}.",
        Application = "Kommen Sie in die Sprechstunde oder vereinbaren Sie einen Termin per Telefon oder E-Mail.",
        Schedule = ScheduleKind.OfficeHours,
        LanguagePool = "en tr ar ru",
        MaxExtraLanguages = 1,
        ContactRole = "Leitung Integrationsbüro",
        Mailbox = "integration",
    };

    public static readonly IReadOnlyList<ExampleOfferTemplate> Rotating =
    [
        new()
        {
            Key = "mbe",
            Name = "Migrationsberatung für Erwachsene (MBE)",
            Type = "beratung",
            Topics = ["soziales", "aufenthalt"],
            Audiences = ["zugewanderte"],
            Provider = ProviderKind.MigrationService,
            Description = """
                Die Migrationsberatung für Erwachsene hilft Menschen ab 27 Jahren in den ersten Jahren nach der Einreise. Gemeinsam klären wir, was als Nächstes zu tun ist: Integrationskurs, Anerkennung von Zeugnissen, Arbeit, Wohnung oder Kita-Platz.

                Wir helfen beim Ausfüllen von Anträgen und erklären Briefe von Ämtern. Die Beratung ist vertraulich und kostenlos.
                """,
            Eligibility = "Zugewanderte ab 27 Jahren, vor allem in den ersten drei Jahren nach der Einreise; auch länger hier Lebende mit Beratungsbedarf.",
            Application = "Termin telefonisch oder per E-Mail vereinbaren; in der offenen Sprechstunde ohne Termin.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "tr ar ru pl ro bg uk",
            MaxExtraLanguages = 2,
            MinimumAge = 27,
            ContactRole = "Migrationsberatung",
            Mailbox = "mbe",
        },
        new()
        {
            Key = "sprachkurs-a1",
            Name = "Sprachkurs Deutsch für Anfängerinnen und Anfänger (A1)",
            Type = "sprachkurs",
            Topics = ["sprache"],
            Audiences = ["zugewanderte", "gefluechtete"],
            Provider = ProviderKind.Education,
            Description = """
                In diesem Sprachkurs lernen Sie die ersten Schritte auf Deutsch: sich vorstellen, einkaufen, einen Termin beim Arzt ausmachen, Formulare verstehen. Der Kurs führt zum Niveau A1.

                Wir lernen in kleinen Gruppen mit viel Sprechen und Üben. Vorkenntnisse brauchen Sie nicht, aber Sie sollten lateinische Buchstaben lesen und schreiben können.
                """,
            Eligibility = "Erwachsene ohne oder mit wenig Deutschkenntnissen. Für Menschen ohne Lese- und Schreibkenntnisse gibt es den Alphabetisierungskurs.",
            Application = "Anmeldung mit kurzem Einstufungsgespräch im Bildungshaus; bitte Ausweis mitbringen.",
            Cost = CostKind.FeePerLesson,
            Schedule = ScheduleKind.CourseMornings,
            Dates = DateKind.Course,
            MinimumAge = 16,
            ContactRole = "Kursleitung",
            Mailbox = "sprachkurse",
        },
        new()
        {
            Key = "frauenintegrationskurs",
            Name = "Frauenintegrationskurs mit Kinderbetreuung",
            Type = "integrationskurs",
            Topics = ["sprache", "familie"],
            Audiences = ["frauen", "eltern"],
            Provider = ProviderKind.Education,
            Description = """
                Ein Integrationskurs nur für Frauen: Sie lernen Deutsch bis zum Niveau B1 und erfahren viel über Alltag, Schule, Gesundheit und Arbeit in Deutschland. Während des Unterrichts werden Ihre Kinder im Nebenraum betreut.

                - 900 Unterrichtsstunden Deutsch und 100 Stunden Orientierungskurs
                - Unterricht am Vormittag, wenn die Kinder in Kita oder Schule sind
                - Ausflüge zu Bücherei, Rathaus und Beratungsstellen
                """,
            Eligibility = "Frauen mit Berechtigung oder Verpflichtung zum Integrationskurs; auch Selbstzahlerinnen.",
            Application = "Bringen Sie Ihren Berechtigungsschein oder Ihren Aufenthaltstitel zum Beratungsgespräch mit. Plätze für die Kinderbetreuung bitte gleich mit anmelden.",
            Cost = CostKind.IntegrationCourse,
            Schedule = ScheduleKind.CourseMornings,
            Dates = DateKind.Course,
            LanguagePool = "ar tr fa",
            MaxExtraLanguages = 1,
            ContactRole = "Kurskoordination",
            Mailbox = "integrationskurse",
        },
        new()
        {
            Key = "sprachcafe",
            Name = "Sprachcafé im Stadtteilzentrum {stadtteil}",
            Type = "treffpunkt",
            Topics = ["sprache", "kultur"],
            Audiences = ["zugewanderte", "gefluechtete", "ehrenamtliche"],
            Provider = ProviderKind.Initiative,
            Venue = "Stadtteilzentrum {stadtteil}",
            Description = """
                Deutsch sprechen üben, ohne Druck und ohne Noten: Im Sprachcafé sitzen Menschen aus vielen Ländern mit Ehrenamtlichen aus {ort} zusammen und unterhalten sich bei Kaffee und Tee.

                Jede Woche gibt es ein kleines Thema, etwa Wohnungssuche, Arztbesuch oder Feste im Jahr. Wer schon gut Deutsch spricht, hilft anderen gern weiter. Ein Sprachkurs ersetzt das Sprachcafé nicht, aber es ist eine gute Ergänzung.
                """,
            Eligibility = "Alle, die Deutsch üben möchten, und alle, die gern dabei helfen.",
            Application = "Keine Anmeldung nötig – einfach vorbeikommen.",
            Schedule = ScheduleKind.WeeklyAfternoon,
            LanguagePool = "ar uk fa tr en ti",
            MaxExtraLanguages = 2,
            ContactRole = "Koordination Ehrenamt",
            Mailbox = "sprachcafe",
        },
        new()
        {
            Key = "hausaufgabenhilfe",
            Name = "Hausaufgabenhilfe für Grundschulkinder",
            Type = "projekt",
            Topics = ["bildung"],
            Audiences = ["kinder", "eltern"],
            Provider = ProviderKind.Welfare,
            Description = """
                Nach der Schule gemeinsam lernen: Ehrenamtliche Lernbegleiterinnen und -begleiter helfen Kindern der Klassen 1 bis 4 bei den Hausaufgaben, beim Lesen und beim Rechnen.

                Die Kinder bekommen einen kleinen Snack, und es bleibt Zeit zum Spielen. Mit den Eltern halten wir Kontakt und sprechen über die Fortschritte ihrer Kinder.
                """,
            Eligibility = "Grundschulkinder aus {ort}, besonders Kinder, deren Familien zu Hause eine andere Sprache als Deutsch sprechen.",
            Application = "Eltern melden ihr Kind persönlich oder telefonisch an. Die Plätze sind begrenzt.",
            Schedule = ScheduleKind.SchoolAfternoons,
            LanguagePool = "tr ar uk",
            MaxExtraLanguages = 1,
            MinimumAge = 6,
            MaximumAge = 11,
            ContactRole = "Projektleitung",
            Mailbox = "lernen",
        },
        new()
        {
            Key = "jmd",
            Name = "Jugendmigrationsdienst",
            Type = "beratung",
            Topics = ["bildung", "arbeit"],
            Audiences = ["jugendliche"],
            Provider = ProviderKind.MigrationService,
            Description = """
                Der Jugendmigrationsdienst begleitet junge Menschen zwischen 12 und 27 Jahren mit Zuwanderungsgeschichte auf dem Weg durch Schule, Ausbildung und Beruf.

                Wir beraten zu Schulabschluss, Sprachkursen, Praktikum und Ausbildungsplatz, helfen bei Bewerbungen und sind auch da, wenn es Probleme in der Familie oder mit Behörden gibt. Auf Wunsch entwickeln wir gemeinsam einen persönlichen Förderplan.
                """,
            Eligibility = "Junge Menschen von 12 bis 27 Jahren mit Zuwanderungsgeschichte; Eltern und Lehrkräfte können ebenfalls anfragen.",
            Application = "Termin per Telefon, E-Mail oder Messenger vereinbaren.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "ar fa en tr uk so",
            MaxExtraLanguages = 2,
            MinimumAge = 12,
            MaximumAge = 27,
            ContactRole = "Jugendmigrationsdienst",
            Mailbox = "jmd",
        },
        new()
        {
            Key = "anerkennungsberatung",
            Name = "Anerkennungsberatung für ausländische Berufsabschlüsse",
            Type = "beratung",
            Topics = ["arbeit"],
            Audiences = ["zugewanderte", "fachkraefte"],
            Provider = ProviderKind.MigrationService,
            Description = """
                Sie haben im Ausland einen Beruf gelernt oder studiert und möchten in Deutschland in Ihrem Beruf arbeiten? Wir klären mit Ihnen, ob Ihr Abschluss anerkannt werden muss, welche Stelle zuständig ist und welche Unterlagen Sie brauchen.

                **Wir helfen Ihnen bei:**
                - der Suche nach dem deutschen Referenzberuf
                - dem Antrag und den Übersetzungen
                - Anpassungsqualifizierungen und Fördermöglichkeiten, etwa für die Gebühren

                Auch Arbeitgeber und Fachkräfte aus Beratungsstellen können sich an uns wenden.
                """,
            Eligibility = "Menschen mit einem ausländischen Berufs- oder Studienabschluss, unabhängig vom Aufenthaltsstatus.",
            Application = "Bitte vorab einen Termin vereinbaren und Zeugnisse (auch in Kopie) mitbringen.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "en ar uk ru fa fr",
            MaxExtraLanguages = 2,
            ContactRole = "Anerkennungsberatung",
            Mailbox = "anerkennung",
        },
        new()
        {
            Key = "elterncafe",
            Name = "Elterncafé im Familienzentrum",
            Type = "treffpunkt",
            Topics = ["familie"],
            Audiences = ["eltern", "kinder"],
            Provider = ProviderKind.FamilyCentre,
            Description = """
                Einmal in der Woche öffnet das Familienzentrum sein Elterncafé. Mütter und Väter kommen ins Gespräch, während die Kinder spielen.

                Manchmal ist eine Fachfrau zu Gast, zum Beispiel aus der Erziehungsberatung, von der Kinderärztin oder aus der Schule, und beantwortet Fragen rund um Kita, Schule und Gesundheit.
                """,
            Eligibility = "Eltern mit Kindern bis zehn Jahren, auch wenn die Kinder nicht in unsere Kita gehen.",
            Application = "Ohne Anmeldung.",
            Schedule = ScheduleKind.WeeklyMorning,
            LanguagePool = "tr ar ru uk",
            MaxExtraLanguages = 2,
            ContactRole = "Leitung Familienzentrum",
            Mailbox = "elterncafe",
        },
        new()
        {
            Key = "integrationslotsen",
            Name = "Integrationslotsen begleiten zu Ämtern",
            Type = "lotsen-patenschaft",
            Topics = ["soziales", "aufenthalt"],
            Audiences = ["zugewanderte", "gefluechtete", "ehrenamtliche"],
            Provider = ProviderKind.Initiative,
            Description = """
                Geschulte ehrenamtliche Integrationslotsinnen und -lotsen begleiten Sie zu Terminen bei Jobcenter, Ausländerbehörde, Schule oder Arztpraxis. Sie helfen beim Verstehen und, wenn nötig, beim Übersetzen.

                Die Lotsen ersetzen keine Rechtsberatung, wissen aber, wer weiterhelfen kann. Wer selbst Lotse werden möchte, kann an unserer Schulung teilnehmen.
                """,
            Eligibility = "Neu zugewanderte und geflüchtete Menschen in {ort}.",
            Application = "Melden Sie sich mindestens eine Woche vor dem Termin, damit wir eine passende Begleitung finden.",
            Schedule = ScheduleKind.WeeklyEvening,
            LanguagePool = "ar fa tr uk ru ku ti",
            MaxExtraLanguages = 3,
            ContactRole = "Koordination Integrationslotsen",
            Mailbox = "lotsen",
        },
        new()
        {
            Key = "fussball-fuer-alle",
            Name = "Fußball für alle",
            Type = "projekt",
            Topics = ["sport"],
            Audiences = ["jugendliche", "jungen", "gefluechtete"],
            Provider = ProviderKind.SportsClub,
            Venue = "Sportplatz {stadtteil}",
            VenueOutdoors = true,
            Description = """
                Einmal pro Woche wird gekickt – egal woher du kommst, wie gut du spielst oder ob du schon Fußballschuhe hast. Zwei Trainer des Vereins leiten das Training, danach gibt es Wasser und Obst.

                Wer Lust hat, kann später in eine Vereinsmannschaft wechseln; der Verein hilft bei der Anmeldung und dem Spielerpass.
                """,
            Eligibility = "Jugendliche und junge Erwachsene von 12 bis 21 Jahren.",
            Application = "Einfach zum Training kommen; Sportkleidung mitbringen.",
            Schedule = ScheduleKind.WeeklyAfternoon,
            LanguagePool = "ar fa ps so ti en",
            MaxExtraLanguages = 1,
            MinimumAge = 12,
            MaximumAge = 21,
            ContactRole = "Trainer",
            Mailbox = "fussball",
        },
        new()
        {
            Key = "mieterberatung",
            Name = "Mieterberatung und Hilfe bei der Wohnungssuche",
            Type = "beratung",
            Topics = ["wohnen", "soziales"],
            Audiences = ["zugewanderte", "gefluechtete"],
            Provider = ProviderKind.Welfare,
            Description = """
                Wohnungssuche, Mietvertrag, Nebenkostenabrechnung, Streit mit Nachbarn: Wir erklären Ihre Rechte und Pflichten als Mieterin oder Mieter und helfen beim Schreiben von Briefen an den Vermieter.

                Bei der Wohnungssuche zeigen wir, wie Sie eine gute Bewerbung zusammenstellen und welche Unterlagen Vermieter meistens verlangen (z. B. Schufa-Auskunft, Mietschuldenfreiheitsbescheinigung).
                """,
            Eligibility = "Menschen mit Zuwanderungsgeschichte, die in {ort} wohnen oder eine Wohnung suchen.",
            Application = "Termin vereinbaren; Mietvertrag und Schreiben des Vermieters mitbringen.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "ar tr uk ro bg",
            MaxExtraLanguages = 1,
            ContactRole = "Sozialberatung",
            Mailbox = "wohnen",
        },
        new()
        {
            Key = "psychosoziale-beratung",
            Name = "Psychosoziale Beratung für Geflüchtete",
            Type = "beratung",
            Topics = ["gesundheit"],
            Audiences = ["gefluechtete"],
            Provider = ProviderKind.MigrationService,
            Description = """
                Flucht, Verlust und Unsicherheit belasten. Viele Menschen schlafen schlecht, haben Angst oder können sich nicht konzentrieren. In der psychosozialen Beratung sprechen Sie mit einer Fachkraft über Ihre Belastungen und finden gemeinsam Wege, die entlasten.

                Wenn nötig, vermitteln wir an Ärztinnen, Psychotherapeuten oder Kliniken und begleiten Sie dorthin. Sprachmittlerinnen und Sprachmittler sind zur Schweigepflicht verpflichtet.
                """,
            Eligibility = "Geflüchtete Menschen jeden Alters; Kinder und Jugendliche gemeinsam mit ihren Eltern.",
            Application = "Erstgespräch nach telefonischer Anmeldung; in Krisen bemühen wir uns um einen Termin innerhalb einer Woche.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "ar fa ps ti ku uk so",
            MaxExtraLanguages = 3,
            ContactRole = "Psychosoziale Beratung",
            Mailbox = "psychosozial",
        },
        new()
        {
            Key = "alphabetisierungskurs",
            Name = "Alphabetisierungskurs",
            Type = "integrationskurs",
            Topics = ["sprache", "bildung"],
            Audiences = ["zugewanderte", "gefluechtete"],
            Provider = ProviderKind.Education,
            Description = """
                Im Integrationskurs mit Alphabetisierung lernen Erwachsene Lesen und Schreiben in lateinischer Schrift und gleichzeitig die deutsche Sprache. Die Gruppen sind klein, und wir lernen langsamer als in anderen Kursen.

                Auch wer in einer anderen Schrift, etwa Arabisch oder Tigrinya, lesen kann, ist hier richtig.
                """,
            Eligibility = "Erwachsene, die nicht oder nicht sicher in lateinischer Schrift lesen und schreiben können.",
            Application = "Persönliche Anmeldung mit Einstufungstest; bitte Berechtigungsschein mitbringen, falls vorhanden.",
            Cost = CostKind.IntegrationCourse,
            Schedule = ScheduleKind.CourseMornings,
            Dates = DateKind.Course,
            LanguagePool = "ar ti so ku ps",
            MaxExtraLanguages = 1,
            ContactRole = "Kursleitung",
            Mailbox = "alpha",
        },
        new()
        {
            Key = "naehtreff",
            Name = "Nähtreff {stadtteil}",
            Type = "treffpunkt",
            Topics = ["kultur"],
            Audiences = ["frauen", "senioren"],
            Provider = ProviderKind.MigrantAssociation,
            Description = """
                Nähen, flicken, plaudern: Im Nähtreff bringen Frauen aus der Nachbarschaft einander bei, was sie können. Nähmaschinen und Stoffreste sind vorhanden.

                Nebenbei wird viel Deutsch gesprochen, und manche Freundschaft hat hier angefangen. Anfängerinnen sind herzlich willkommen.
                """,
            Eligibility = "Frauen jeden Alters, mit und ohne Nähkenntnisse.",
            Application = "Ohne Anmeldung; eigene Projekte dürfen mitgebracht werden.",
            Cost = CostKind.SmallContribution,
            Schedule = ScheduleKind.WeeklyMorning,
            LanguagePool = "tr ar ru fa",
            MaxExtraLanguages = 2,
            ContactRole = "Leitung Nähtreff",
            Mailbox = "naehtreff",
        },
        new()
        {
            Key = "bewerbungstraining",
            Name = "Bewerbungstraining für junge Zugewanderte",
            Type = "veranstaltung",
            Topics = ["arbeit", "bildung"],
            Audiences = ["jugendliche", "zugewanderte"],
            Provider = ProviderKind.YouthCentre,
            Description = """
                An vier Nachmittagen üben wir, was für eine gute Bewerbung wichtig ist:

                - Lebenslauf und Anschreiben am Computer schreiben
                - Vorstellungsgespräche im Rollenspiel üben
                - Online-Bewerbungen und E-Mails an Betriebe
                - Ausbildungsberufe kennenlernen, mit Besuch in einem Betrieb

                Am Ende hat jede und jeder eine vollständige Bewerbungsmappe.
                """,
            Eligibility = "Jugendliche und junge Erwachsene von 15 bis 25 Jahren, die einen Ausbildungs- oder Arbeitsplatz suchen.",
            Application = "Anmeldung bis eine Woche vor Beginn; Zeugnisse mitbringen, wenn vorhanden.",
            Schedule = ScheduleKind.WeeklyAfternoon,
            Dates = DateKind.Series,
            LanguagePool = "ar uk en",
            MaxExtraLanguages = 1,
            MinimumAge = 15,
            MaximumAge = 25,
            ContactRole = "Jugendberufshilfe",
            Mailbox = "bewerbung",
        },
        new()
        {
            Key = "asylverfahrensberatung",
            Name = "Beratung zu Asylverfahren und Aufenthalt",
            Type = "beratung",
            Topics = ["aufenthalt"],
            Audiences = ["gefluechtete"],
            Provider = ProviderKind.Welfare,
            Description = """
                Wir erklären den Ablauf des Asylverfahrens, bereiten Sie auf die Anhörung beim Bundesamt vor und besprechen Bescheide mit Ihnen. Auch zu Duldung, Aufenthaltserlaubnis, Familiennachzug und Bleiberecht beraten wir.

                Fristen sind im Aufenthaltsrecht sehr wichtig: Kommen Sie bitte sofort, wenn Sie einen Bescheid erhalten haben. Bei Bedarf vermitteln wir an eine Anwältin oder einen Anwalt.
                """,
            Eligibility = "Asylsuchende, Geflüchtete und ihre Angehörigen; auch Ehrenamtliche, die Geflüchtete begleiten.",
            Application = "Offene Sprechstunde; bitte alle Papiere und Bescheide mitbringen.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "ar fa ps ti so ku fr en",
            MaxExtraLanguages = 3,
            ContactRole = "Flüchtlingsberatung",
            Mailbox = "asyl",
        },
        new()
        {
            Key = "frauentreff",
            Name = "Internationaler Frauentreff",
            Type = "treffpunkt",
            Topics = ["kultur", "soziales"],
            Audiences = ["frauen"],
            Provider = ProviderKind.MigrantAssociation,
            Description = """
                Frauen aus vielen Ländern treffen sich, kochen gemeinsam, feiern Feste und tauschen sich über das Leben in {ort} aus.

                Regelmäßig laden wir Referentinnen ein, zum Beispiel zu Gesundheit, Rente, Schule oder Selbstverteidigung. Kinder bis drei Jahre dürfen mitkommen.
                """,
            Eligibility = "Alle Frauen, gleich welcher Herkunft.",
            Application = "Keine Anmeldung nötig.",
            Schedule = ScheduleKind.WeeklyEvening,
            LanguagePool = "tr ar fa ru pl ku",
            MaxExtraLanguages = 2,
            ContactRole = "Vorsitzende",
            Mailbox = "frauentreff",
        },
        new()
        {
            Key = "seniorentreff",
            Name = "Interkultureller Seniorentreff",
            Type = "treffpunkt",
            Topics = ["kultur", "gesundheit"],
            Audiences = ["senioren"],
            Provider = ProviderKind.Welfare,
            Description = """
                Ältere Menschen, die vor vielen Jahren nach Deutschland gekommen sind, und Alteingesessene aus {ort} treffen sich zum Erzählen, Spielen und Singen.

                Einmal im Monat gibt es einen Vortrag zu Pflege, Gesundheit oder Rente. Wer nicht mehr gut zu Fuß ist, kann den ehrenamtlichen Fahrdienst anfragen.
                """,
            Eligibility = "Seniorinnen und Senioren ab etwa 60 Jahren und ihre Angehörigen.",
            Application = "Ohne Anmeldung; für den Fahrdienst bitte am Vortag anrufen.",
            Cost = CostKind.SmallContribution,
            Schedule = ScheduleKind.WeeklyAfternoon,
            LanguagePool = "tr ru pl it el",
            MaxExtraLanguages = 2,
            ContactRole = "Seniorenarbeit",
            Mailbox = "senioren",
        },
        new()
        {
            Key = "maedchentreff",
            Name = "Mädchentreff im Jugendzentrum",
            Type = "treffpunkt",
            Topics = ["kultur", "bildung"],
            Audiences = ["maedchen", "jugendliche"],
            Provider = ProviderKind.YouthCentre,
            Description = """
                Ein Nachmittag nur für Mädchen: Wir kochen, tanzen, basteln, machen Ausflüge oder reden einfach. Zwei Pädagoginnen sind immer da und haben ein offenes Ohr.

                Die Mädchen bestimmen das Programm mit. In den Ferien gibt es Tagesausflüge.
                """,
            Eligibility = "Mädchen von 10 bis 17 Jahren.",
            Application = "Einfach vorbeikommen; für Ausflüge brauchen wir eine Einverständniserklärung der Eltern.",
            Schedule = ScheduleKind.WeeklyAfternoon,
            LanguagePool = "tr ar",
            MaxExtraLanguages = 1,
            MinimumAge = 10,
            MaximumAge = 17,
            ContactRole = "Mädchenarbeit",
            Mailbox = "maedchen",
        },
        new()
        {
            Key = "jungentreff",
            Name = "Jungentreff: Sport und Gespräche",
            Type = "treffpunkt",
            Topics = ["sport", "kultur"],
            Audiences = ["jungen", "jugendliche"],
            Provider = ProviderKind.YouthCentre,
            Description = """
                Im Jungentreff geht es um Bewegung und ums Reden: erst Basketball, Boxtraining oder Klettern, danach Zeit für Fragen, die Jungen beschäftigen – Freundschaft, Stress in der Schule, Zukunft.

                Die Betreuer haben selbst verschiedene Wurzeln und kennen das Leben zwischen zwei Kulturen.
                """,
            Eligibility = "Jungen von 11 bis 18 Jahren.",
            Application = "Ohne Anmeldung.",
            Schedule = ScheduleKind.WeeklyEvening,
            LanguagePool = "tr ar ku",
            MaxExtraLanguages = 1,
            MinimumAge = 11,
            MaximumAge = 18,
            ContactRole = "Jungenarbeit",
            Mailbox = "jungen",
        },
        new()
        {
            Key = "existenzgruendung",
            Name = "Gründungsberatung für Unternehmerinnen und Unternehmer mit Zuwanderungsgeschichte",
            Type = "beratung",
            Topics = ["arbeit"],
            Audiences = ["unternehmen", "zugewanderte"],
            Provider = ProviderKind.MigrationService,
            Description = """
                Sie möchten ein Geschäft eröffnen, einen Handwerksbetrieb übernehmen oder sich als Dienstleisterin selbstständig machen? Wir prüfen mit Ihnen die Geschäftsidee, erklären Gewerbeanmeldung, Steuern und Versicherungen und zeigen Förderprogramme.

                Für bestehende Betriebe bieten wir Beratung zur Ausbildung von Jugendlichen und zur Einstellung von Geflüchteten an.
                """,
            Eligibility = "Gründungsinteressierte und Unternehmen mit Zuwanderungsgeschichte.",
            Application = "Termin nach Vereinbarung, auch abends.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "tr en ar pl",
            MaxExtraLanguages = 2,
            ContactRole = "Gründungsberatung",
            Mailbox = "gruendung",
        },
        new()
        {
            Key = "rucksack-kita",
            Name = "Rucksack KiTa: Eltern stärken die Sprache ihrer Kinder",
            Type = "projekt",
            Topics = ["familie", "sprache", "bildung"],
            Audiences = ["eltern", "kinder"],
            Provider = ProviderKind.FamilyCentre,
            Description = """
                Im Elternprogramm nach dem Konzept „Rucksack KiTa“ treffen sich Mütter und Väter einmal pro Woche in der Kita. Eine geschulte Elternbegleiterin zeigt Spiele, Lieder und Bücher, mit denen die Eltern zu Hause die Familiensprache fördern – parallel lernen die Kinder dieselben Themen auf Deutsch in der Kita.

                So wächst die Sprache der Kinder in beiden Sprachen, und die Eltern lernen die Kita besser kennen.
                """,
            Eligibility = "Eltern von Kita-Kindern zwischen vier und sechs Jahren, die zu Hause eine andere Sprache als Deutsch sprechen.",
            Application = "Anmeldung über die Kita-Leitung.",
            Schedule = ScheduleKind.WeeklyMorning,
            Dates = DateKind.Course,
            LanguagePool = "tr ar ru ro bg",
            MaxExtraLanguages = 2,
            ContactRole = "Elternbegleiterin",
            Mailbox = "rucksack",
        },
        new()
        {
            Key = "begegnungsfest",
            Name = "Interkulturelles Begegnungsfest {ort}",
            Type = "veranstaltung",
            Topics = ["kultur"],
            Audiences = ["zugewanderte", "ehrenamtliche", "kinder"],
            Provider = ProviderKind.Initiative,
            Venue = "Marktplatz {ort}",
            VenueOutdoors = true,
            Description = """
                Musik, Tanz und Essen aus aller Welt: Beim Begegnungsfest stellen sich Vereine, Initiativen und Gemeinden aus {ort} vor. Für Kinder gibt es Kinderschminken, Hüpfburg und eine Mal-Ecke.

                Wer mit einem Stand oder einem Bühnenbeitrag mitmachen möchte, meldet sich bitte bis sechs Wochen vorher.
                """,
            Eligibility = "Alle Bürgerinnen und Bürger, Eintritt frei.",
            Application = "Keine Anmeldung für Besucherinnen und Besucher.",
            Dates = DateKind.SingleDay,
            LanguagePool = "tr ar uk en fr",
            MaxExtraLanguages = 2,
            ContactRole = "Organisationsteam",
            Mailbox = "fest",
        },
        new()
        {
            Key = "fortbildung-interkulturell",
            Name = "Fortbildung: Interkulturelle Kompetenz in Kita, Schule und Verwaltung",
            Type = "veranstaltung",
            Topics = ["bildung", "soziales"],
            Audiences = ["fachkraefte"],
            Provider = ProviderKind.Education,
            Description = """
                Eine eintägige Fortbildung für Fachkräfte, die täglich mit Familien aus vielen Ländern arbeiten.

                **Inhalte:**
                - eigene Bilder und Vorurteile erkennen
                - Gespräche mit Sprachmittlung gut führen
                - Leichte Sprache und mehrsprachige Materialien einsetzen
                - Fallbeispiele aus der Praxis der Teilnehmenden

                Die Teilnahme wird bescheinigt.
                """,
            Eligibility = "Fachkräfte aus Kita, Schule, Verwaltung, Beratung und Jugendhilfe.",
            Application = "Schriftliche Anmeldung per E-Mail; höchstens 20 Plätze.",
            Cost = CostKind.CourseFee,
            Dates = DateKind.SingleDay,
            ContactRole = "Fortbildungsreferentin",
            Mailbox = "fortbildung",
        },
        new()
        {
            Key = "bildungspatenschaften",
            Name = "Bildungspatenschaften für Schulkinder",
            Type = "lotsen-patenschaft",
            Topics = ["bildung"],
            Audiences = ["kinder", "jugendliche", "ehrenamtliche"],
            Provider = ProviderKind.Welfare,
            Description = """
                Eine Patin oder ein Pate trifft sich einmal pro Woche mit einem Schulkind: zum Lesen, Lernen, für einen Besuch in der Bücherei oder im Museum. Viele Patenschaften dauern ein ganzes Schuljahr oder länger.

                Die Patinnen und Paten werden vorbereitet und regelmäßig begleitet. Wir suchen laufend neue Ehrenamtliche.
                """,
            Eligibility = "Schulkinder der Klassen 3 bis 7 und Erwachsene, die eine Patenschaft übernehmen wollen.",
            Application = "Kinder werden über die Schule oder von den Eltern angemeldet; Ehrenamtliche melden sich zu einem Kennenlerngespräch.",
            Schedule = ScheduleKind.None,
            LanguagePool = "ar tr uk",
            MaxExtraLanguages = 1,
            ContactRole = "Koordination Patenschaften",
            Mailbox = "paten",
        },
        new()
        {
            Key = "berufssprachkurs",
            Name = "Sprachkurs Deutsch für den Beruf (B1/B2)",
            Type = "sprachkurs",
            Topics = ["sprache", "arbeit"],
            Audiences = ["zugewanderte", "fachkraefte"],
            Provider = ProviderKind.Education,
            Description = """
                Dieser berufsbezogene Sprachkurs bereitet auf Deutsch am Arbeitsplatz vor: Telefonate, E-Mails, Besprechungen und Fachwortschatz. Ein Praktikum im Betrieb ist möglich.

                Der Kurs findet abends statt, damit Berufstätige teilnehmen können, und endet mit einer anerkannten Prüfung.
                """,
            Eligibility = "Erwachsene mit Deutschkenntnissen auf dem Niveau A2 oder B1.",
            Application = "Anmeldung mit Einstufungstest; arbeitssuchende Personen sprechen bitte vorher mit Agentur für Arbeit oder Jobcenter.",
            Cost = CostKind.FeePerLesson,
            Schedule = ScheduleKind.CourseEvenings,
            Dates = DateKind.Course,
            LanguagePool = "en",
            MaxExtraLanguages = 1,
            ContactRole = "Kursberatung",
            Mailbox = "beruf",
        },
        new()
        {
            Key = "offener-treff-gefluechtete",
            Name = "Offener Treff für Geflüchtete und Nachbarn",
            Type = "treffpunkt",
            Topics = ["wohnen", "kultur"],
            Audiences = ["gefluechtete", "ehrenamtliche"],
            Provider = ProviderKind.Initiative,
            Description = """
                In der Nähe der Gemeinschaftsunterkunft treffen sich Geflüchtete und Menschen aus der Nachbarschaft. Es gibt Kaffee, Kuchen, eine Kleiderbörse und eine Fahrradwerkstatt.

                Ehrenamtliche helfen beim Lesen von Briefen und zeigen, wo man in {ort} was findet. Wer mithelfen möchte, ist herzlich eingeladen.
                """,
            Eligibility = "Alle, die neu in {ort} sind, und alle, die sie kennenlernen möchten.",
            Application = "Keine Anmeldung.",
            Schedule = ScheduleKind.Saturday,
            LanguagePool = "ar fa ps ti so uk ku",
            MaxExtraLanguages = 3,
            ContactRole = "Koordination",
            Mailbox = "treff",
        },
        new()
        {
            Key = "schwimmkurs-frauen",
            Name = "Schwimmkurs für Frauen",
            Type = "projekt",
            Topics = ["sport", "gesundheit"],
            Audiences = ["frauen"],
            Provider = ProviderKind.SportsClub,
            Venue = "Hallenbad {ort}",
            Description = """
                Schwimmen lernen in geschütztem Rahmen: Das Hallenbad ist während des Kurses nur für Frauen geöffnet, unterrichtet wird von Trainerinnen.

                Der Kurs richtet sich an Nichtschwimmerinnen und an Frauen, die unsicher im Wasser sind. Badekleidung nach eigener Wahl, auch Burkini, ist erlaubt.
                """,
            Eligibility = "Frauen ab 16 Jahren.",
            Application = "Anmeldung erforderlich, höchstens zwölf Teilnehmerinnen.",
            Cost = CostKind.SmallContribution,
            Schedule = ScheduleKind.WeeklyEvening,
            Dates = DateKind.Series,
            LanguagePool = "ar tr fa",
            MaxExtraLanguages = 1,
            MinimumAge = 16,
            ContactRole = "Trainerin",
            Mailbox = "schwimmen",
        },
        new()
        {
            Key = "einbuergerung-infoabend",
            Name = "Infoabend: Einbürgerung Schritt für Schritt",
            Type = "veranstaltung",
            Topics = ["aufenthalt"],
            Audiences = ["zugewanderte"],
            Provider = ProviderKind.IntegrationOffice,
            Description = """
                Wer kann sich einbürgern lassen? Welche Sprachkenntnisse und Unterlagen sind nötig, was kostet es, und wie läuft der Einbürgerungstest ab? An diesem Abend erklären wir das Verfahren und beantworten Fragen.

                Einzelfälle besprechen wir gern im Anschluss oder in einem eigenen Termin.
                """,
            Eligibility = "Alle Interessierten; besonders Menschen, die schon mehrere Jahre in Deutschland leben.",
            Application = "Anmeldung erbeten, damit wir genug Stühle stellen.",
            Dates = DateKind.SingleDay,
            LanguagePool = "tr en ar ru",
            MaxExtraLanguages = 1,
            ContactRole = "Einbürgerungsberatung",
            Mailbox = "einbuergerung",
        },
        new()
        {
            Key = "ehrenamtsschulung",
            Name = "Schulung für Ehrenamtliche in der Flüchtlingshilfe",
            Type = "veranstaltung",
            Topics = ["soziales"],
            Audiences = ["ehrenamtliche"],
            Provider = ProviderKind.Welfare,
            Description = """
                Sie engagieren sich für geflüchtete Menschen oder möchten damit anfangen? An drei Abenden geht es um Grundlagen des Asyl- und Sozialrechts, Nähe und Distanz in der Begleitung und den Umgang mit belastenden Erlebnissen.

                Die Schulung ist kostenlos; die Teilnahme wird bescheinigt.
                """,
            Eligibility = "Ehrenamtlich Engagierte und Interessierte aus {ort} und Umgebung.",
            Application = "Anmeldung per E-Mail bis eine Woche vor Beginn.",
            Schedule = ScheduleKind.WeeklyEvening,
            Dates = DateKind.Series,
            ContactRole = "Ehrenamtskoordination",
            Mailbox = "ehrenamt",
        },
        new()
        {
            Key = "gesundheit-muttersprache",
            Name = "Gesundheit in der Muttersprache",
            Type = "veranstaltung",
            Topics = ["gesundheit"],
            Audiences = ["zugewanderte", "frauen", "eltern"],
            Provider = ProviderKind.MigrantAssociation,
            Description = """
                Geschulte Gesundheitsmediatorinnen und -mediatoren erklären in der Muttersprache, wie das deutsche Gesundheitssystem funktioniert: Hausarztpraxis, Vorsorge für Kinder, Impfungen, Zahngesundheit und was im Notfall zu tun ist.

                Die Veranstaltungen finden in kleinen Gruppen statt; Fragen sind ausdrücklich erwünscht.
                """,
            Eligibility = "Menschen mit Zuwanderungsgeschichte, die mehr über Gesundheit und Vorsorge wissen möchten.",
            Application = "Anmeldung beim Verein; Gruppen können auch eigene Termine anfragen.",
            Schedule = ScheduleKind.WeeklyEvening,
            Dates = DateKind.Series,
            LanguagePool = "tr ar ru fa ro bg",
            MaxExtraLanguages = 2,
            ContactRole = "Gesundheitsmediation",
            Mailbox = "gesundheit",
        },
        new()
        {
            Key = "familienpaten",
            Name = "Familienpatenschaften",
            Type = "lotsen-patenschaft",
            Topics = ["familie"],
            Audiences = ["eltern", "ehrenamtliche"],
            Provider = ProviderKind.FamilyCentre,
            Description = """
                Eine ehrenamtliche Familienpatin besucht junge Familien regelmäßig zu Hause, hilft beim Zurechtfinden im Alltag, geht mit zum Kinderarzt oder zur Kita-Anmeldung und hat Zeit zum Zuhören.

                Die Patinnen sind geschult und werden vom Familienzentrum begleitet. Die Familie entscheidet, wobei sie Unterstützung möchte.
                """,
            Eligibility = "Familien mit Kindern bis sechs Jahren, besonders neu zugezogene Familien.",
            Application = "Melden Sie sich beim Familienzentrum; wir kommen zu einem ersten Gespräch zu Ihnen.",
            LanguagePool = "ar uk ru tr",
            MaxExtraLanguages = 1,
            ContactRole = "Koordination Familienpatenschaften",
            Mailbox = "familienpaten",
        },
        new()
        {
            Key = "schuldnerberatung",
            Name = "Sozial- und Schuldnerberatung in mehreren Sprachen",
            Type = "beratung",
            Topics = ["soziales"],
            Audiences = ["zugewanderte"],
            Provider = ProviderKind.Welfare,
            Description = """
                Rechnungen, Mahnungen, Inkasso, ein Handyvertrag, der zu teuer ist: Wir verschaffen uns mit Ihnen einen Überblick, verhandeln mit Gläubigern und zeigen Wege aus den Schulden.

                Auch bei Fragen zu Bürgergeld, Kindergeld, Wohngeld und Kinderzuschlag helfen wir weiter.
                """,
            Eligibility = "Menschen mit geringem Einkommen oder Schulden, die in {ort} wohnen.",
            Application = "Termin nach Vereinbarung; alle Schreiben und Verträge mitbringen.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "tr ru pl ro bg",
            MaxExtraLanguages = 2,
            ContactRole = "Schuldnerberatung",
            Mailbox = "sozialberatung",
        },
        new()
        {
            Key = "jugendintegrationskurs",
            Name = "Jugendintegrationskurs",
            Type = "integrationskurs",
            Topics = ["sprache", "bildung"],
            Audiences = ["jugendliche"],
            Provider = ProviderKind.Education,
            Description = """
                Ein Integrationskurs für junge Menschen bis 27 Jahre: Neben Deutsch bis B1 geht es um Schulabschlüsse, Ausbildung und Studium in Deutschland. Wir besuchen Berufsschulen und Betriebe.

                Die Lehrkräfte arbeiten eng mit dem Jugendmigrationsdienst zusammen.
                """,
            Eligibility = "Junge Menschen von 16 bis 27 Jahren, die nicht mehr schulpflichtig sind.",
            Application = "Anmeldung mit Berechtigungsschein; Beratung vorab beim Jugendmigrationsdienst möglich.",
            Cost = CostKind.IntegrationCourse,
            Schedule = ScheduleKind.CourseMornings,
            Dates = DateKind.Course,
            MinimumAge = 16,
            MaximumAge = 27,
            ContactRole = "Kursleitung",
            Mailbox = "jugendkurs",
        },
        new()
        {
            Key = "sprachpaten-tandem",
            Name = "Sprachtandem: Deutsch üben mit Sprachpaten",
            Type = "lotsen-patenschaft",
            Topics = ["sprache"],
            Audiences = ["zugewanderte", "ehrenamtliche"],
            Provider = ProviderKind.Initiative,
            Description = """
                Wir bringen zwei Menschen zusammen: eine Person, die Deutsch lernt, und eine, die Deutsch spricht. Sie treffen sich, wann und wo es beiden passt – im Café, beim Spaziergang oder in der Bücherei.

                Sprachpatenschaften sind kein Sprachkurs, helfen aber sehr, das Gelernte im Alltag anzuwenden. Oft lernen beide Seiten auch etwas von der Sprache der anderen.
                """,
            Eligibility = "Menschen, die Deutsch lernen (ab etwa Niveau A1), und Deutschsprechende, die eine Patenschaft übernehmen möchten.",
            Application = "Kurzes Kennenlerngespräch, danach vermitteln wir ein passendes Tandem.",
            LanguagePool = "en fr uk ar fa",
            MaxExtraLanguages = 2,
            ContactRole = "Tandemvermittlung",
            Mailbox = "tandem",
        },
        new()
        {
            Key = "garten-der-kulturen",
            Name = "Garten der Kulturen {stadtteil}",
            Type = "projekt",
            Topics = ["kultur", "wohnen"],
            Audiences = ["zugewanderte", "ehrenamtliche", "senioren"],
            Provider = ProviderKind.MigrantAssociation,
            Venue = "Gemeinschaftsgarten {stadtteil}",
            VenueOutdoors = true,
            Description = """
                Auf einer früheren Brachfläche gärtnern Familien aus zwölf Ländern gemeinsam. Jede Familie hat ein eigenes Beet, dazu gibt es Kräuterspirale, Obstwiese und einen großen Tisch für Erntefeste.

                Gartenerfahrung ist nicht nötig – man lernt voneinander. Werkzeug und Saatgut stellt der Verein.
                """,
            Eligibility = "Familien und Einzelpersonen aus {stadtteil} und Umgebung.",
            Application = "Beete werden im Februar vergeben; Mithelfen ohne eigenes Beet ist jederzeit möglich.",
            Cost = CostKind.SmallContribution,
            Schedule = ScheduleKind.Saturday,
            LanguagePool = "tr ar fa ru pl",
            MaxExtraLanguages = 2,
            ContactRole = "Gartenteam",
            Mailbox = "garten",
        },
        new()
        {
            Key = "elternintegrationskurs",
            Name = "Elternintegrationskurs",
            Type = "integrationskurs",
            Topics = ["sprache", "familie", "bildung"],
            Audiences = ["eltern"],
            Provider = ProviderKind.FamilyCentre,
            Description = """
                Deutsch lernen mit Themen, die Eltern wichtig sind: Kita und Schule, Elternabend und Elternsprechtag, Gesundheit der Kinder, Freizeit in {ort}.

                Der Kurs findet im Familienzentrum statt; jüngere Kinder werden während des Unterrichts betreut.
                """,
            Eligibility = "Mütter und Väter mit Berechtigung zum Integrationskurs.",
            Application = "Anmeldung im Familienzentrum; Berechtigungsschein mitbringen.",
            Cost = CostKind.IntegrationCourse,
            Schedule = ScheduleKind.CourseMornings,
            Dates = DateKind.Course,
            LanguagePool = "ar tr ro",
            MaxExtraLanguages = 1,
            ContactRole = "Kurskoordination",
            Mailbox = "elternkurs",
        },
        new()
        {
            Key = "griffbereit",
            Name = "Griffbereit: Spielgruppe für Eltern mit Kleinkindern",
            Type = "projekt",
            Topics = ["familie", "sprache"],
            Audiences = ["eltern", "kinder"],
            Provider = ProviderKind.FamilyCentre,
            Description = """
                Eltern mit Kindern zwischen einem und drei Jahren treffen sich mit einer Elternbegleiterin zum gemeinsamen Spielen, Singen und Erzählen – in der Familiensprache und auf Deutsch.

                Die Eltern bekommen Anregungen, wie sie die Entwicklung ihres Kindes im Alltag fördern können, und lernen die Kita kennen, bevor ihr Kind dort angemeldet wird.
                """,
            Eligibility = "Eltern mit Kindern von einem bis drei Jahren.",
            Application = "Anmeldung im Familienzentrum, Einstieg jederzeit möglich.",
            Schedule = ScheduleKind.WeeklyMorning,
            LanguagePool = "tr ar ru uk",
            MaxExtraLanguages = 2,
            ContactRole = "Elternbegleiterin",
            Mailbox = "griffbereit",
        },
        new()
        {
            Key = "ausbildungspaten",
            Name = "Ausbildungspaten: Begleitung von der Schule in den Beruf",
            Type = "lotsen-patenschaft",
            Topics = ["arbeit", "bildung"],
            Audiences = ["jugendliche", "ehrenamtliche", "unternehmen"],
            Provider = ProviderKind.YouthCentre,
            Description = """
                Berufserfahrene Ehrenamtliche begleiten Jugendliche im letzten Schuljahr und in der Ausbildung: bei der Berufswahl, bei Bewerbungen, bei Problemen in der Berufsschule.

                Betriebe aus {ort} unterstützen das Projekt mit Praktikumsplätzen und Betriebsbesichtigungen.
                """,
            Eligibility = "Schülerinnen und Schüler ab Klasse 9 und Auszubildende im ersten Lehrjahr.",
            Application = "Anmeldung über die Schule oder direkt im Jugendzentrum.",
            LanguagePool = "tr ar en",
            MaxExtraLanguages = 1,
            MinimumAge = 14,
            MaximumAge = 24,
            ContactRole = "Projektkoordination",
            Mailbox = "ausbildungspaten",
        },
        new()
        {
            Key = "ansprechperson-unternehmen",
            Name = "Ansprechperson für Betriebe: Beschäftigung von Geflüchteten",
            Type = "ansprechpartner",
            Topics = ["arbeit", "aufenthalt"],
            Audiences = ["unternehmen", "gefluechtete"],
            Provider = ProviderKind.MigrationService,
            Description = """
                Betriebe, die Geflüchtete ausbilden oder beschäftigen möchten, haben viele Fragen: Ist eine Arbeitserlaubnis nötig? Wie lange dauert es? Gibt es Förderung für Sprachkurse im Betrieb?

                Unsere Ansprechperson kennt die Abläufe bei Ausländerbehörde und Agentur für Arbeit und vermittelt zwischen Betrieb und Bewerberinnen und Bewerbern.
                """,
            Eligibility = "Arbeitgeberinnen und Arbeitgeber aus {ort} und Umgebung; Geflüchtete auf Arbeitssuche.",
            Application = "Anruf oder E-Mail genügt; wir kommen auch in den Betrieb.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "en ar",
            MaxExtraLanguages = 1,
            ContactRole = "Arbeitsmarktintegration",
            Mailbox = "betriebe",
        },
        new()
        {
            Key = "ansprechperson-ehrenamt",
            Name = "Ansprechperson für Ehrenamt in der Integrationsarbeit",
            Type = "ansprechpartner",
            Topics = ["soziales"],
            Audiences = ["ehrenamtliche"],
            Provider = ProviderKind.Welfare,
            Description = """
                Sie möchten sich engagieren, wissen aber nicht wo? Wir zeigen, welche Initiativen in {ort} Unterstützung suchen – von der Hausaufgabenhilfe bis zur Begleitung zu Ämtern.

                Engagierte bekommen bei uns Fortbildungen, Austauschtreffen und Hilfe bei Fragen zu Versicherung und Aufwandsentschädigung.
                """,
            Eligibility = "Alle, die sich ehrenamtlich engagieren oder damit anfangen möchten.",
            Application = "Melden Sie sich per Telefon oder E-Mail für ein Kennenlerngespräch.",
            Schedule = ScheduleKind.OfficeHours,
            ContactRole = "Ehrenamtskoordination",
            Mailbox = "engagement",
        },
        new()
        {
            Key = "ansprechperson-kita",
            Name = "Ansprechperson für sprachliche Bildung in Kitas",
            Type = "ansprechpartner",
            Topics = ["bildung", "familie"],
            Audiences = ["fachkraefte", "kinder"],
            Provider = ProviderKind.FamilyCentre,
            Description = """
                Die Fachberatung unterstützt Kita-Teams dabei, Kinder mit mehreren Sprachen gut zu begleiten: mit Fortbildungen zur alltagsintegrierten Sprachbildung, mehrsprachigen Bilderbüchern und Hilfe bei Elterngesprächen mit Sprachmittlung.
                """,
            Eligibility = "Pädagogische Fachkräfte aus Kitas und Kindertagespflege in {ort}.",
            Application = "Anfragen per E-Mail; Teamfortbildungen nach Absprache.",
            ContactRole = "Fachberatung Sprachbildung",
            Mailbox = "fachberatung",
        },
        new()
        {
            Key = "herkunftssprache-arabisch",
            Name = "Arabisch für Kinder: Unterricht in der Herkunftssprache",
            Type = "sprachkurs",
            Topics = ["sprache", "bildung"],
            Audiences = ["kinder"],
            Provider = ProviderKind.MigrantAssociation,
            Description = """
                Kinder aus arabischsprachigen Familien lernen Lesen und Schreiben in ihrer Familiensprache. Wer seine erste Sprache gut beherrscht, lernt auch Deutsch leichter.

                Unterrichtet wird in zwei Altersgruppen; die Lehrerin spricht Arabisch und Deutsch.
                """,
            Eligibility = "Kinder von 6 bis 12 Jahren.",
            Application = "Anmeldung durch die Eltern beim Verein.",
            Cost = CostKind.SmallContribution,
            Schedule = ScheduleKind.Saturday,
            LanguagePool = "ar",
            MinExtraLanguages = 1,
            MaxExtraLanguages = 1,
            MinimumAge = 6,
            MaximumAge = 12,
            ContactRole = "Lehrerin",
            Mailbox = "unterricht",
        },
        new()
        {
            Key = "fahrradkurs-frauen",
            Name = "Fahrradkurs für Frauen",
            Type = "veranstaltung",
            Topics = ["sport", "gesundheit"],
            Audiences = ["frauen", "gefluechtete"],
            Provider = ProviderKind.SportsClub,
            Venue = "Verkehrsübungsplatz {ort}",
            VenueOutdoors = true,
            Description = """
                Radfahren bedeutet Freiheit: zur Arbeit, zum Einkaufen, mit den Kindern. In sechs Terminen lernen Frauen, die noch nie oder lange nicht Rad gefahren sind, sicher zu fahren und die wichtigsten Verkehrsregeln.

                Fahrräder und Helme werden gestellt. Zum Abschluss machen wir eine gemeinsame Tour.
                """,
            Eligibility = "Frauen ab 16 Jahren.",
            Application = "Anmeldung erforderlich; höchstens zehn Teilnehmerinnen.",
            Schedule = ScheduleKind.Saturday,
            Dates = DateKind.Series,
            LanguagePool = "ar fa ti so",
            MaxExtraLanguages = 1,
            MinimumAge = 16,
            ContactRole = "Kursleiterin",
            Mailbox = "radkurs",
        },
        new()
        {
            Key = "familiensport",
            Name = "Offener Sporttreff für Familien",
            Type = "treffpunkt",
            Topics = ["sport", "familie"],
            Audiences = ["eltern", "kinder", "zugewanderte"],
            Provider = ProviderKind.SportsClub,
            Description = """
                Samstags ist die Halle offen für Familien: Spielen, Klettern, Balancieren und kleine Turniere für Groß und Klein. Übungsleiterinnen und Übungsleiter bauen Geräte auf und leiten Spiele an.

                Keine Mitgliedschaft nötig – wer Gefallen findet, kann in eine der Vereinsgruppen wechseln.
                """,
            Eligibility = "Familien mit Kindern ab drei Jahren.",
            Application = "Ohne Anmeldung; Hallenschuhe mitbringen.",
            Schedule = ScheduleKind.Saturday,
            LanguagePool = "tr ar pl",
            MaxExtraLanguages = 1,
            ContactRole = "Übungsleitung",
            Mailbox = "familiensport",
        },
        new()
        {
            Key = "uebungsleiterinnen",
            Name = "Ausbildung zur Übungsleiterin für Frauen mit Zuwanderungsgeschichte",
            Type = "veranstaltung",
            Topics = ["sport", "bildung"],
            Audiences = ["frauen", "ehrenamtliche"],
            Provider = ProviderKind.SportsClub,
            Description = """
                Frauen, die Sportgruppen leiten möchten, erwerben in dieser Ausbildung die Übungsleiterlizenz für den Breitensport. Inhalte sind Trainingslehre, Erste Hilfe, Gruppenleitung und Aufsichtspflicht.

                Kinderbetreuung wird an allen Ausbildungstagen angeboten. Der Verein übernimmt nach der Ausbildung die Lizenzgebühr, wenn die Teilnehmerin eine Gruppe leitet.
                """,
            Eligibility = "Frauen ab 18 Jahren mit Deutschkenntnissen ab Niveau B1.",
            Application = "Bewerbung mit kurzem Motivationsschreiben beim Verein.",
            Cost = CostKind.CourseFee,
            Schedule = ScheduleKind.Saturday,
            Dates = DateKind.Series,
            MinimumAge = 18,
            ContactRole = "Sportkoordination",
            Mailbox = "lizenz",
        },
        new()
        {
            Key = "nachbarschaftsprojekt",
            Name = "Nachbarschaftsbüro {stadtteil}",
            Type = "projekt",
            Topics = ["wohnen", "soziales"],
            Audiences = ["zugewanderte", "senioren", "ehrenamtliche"],
            Provider = ProviderKind.Welfare,
            Venue = "Nachbarschaftsbüro {stadtteil}",
            Description = """
                Das Nachbarschaftsbüro ist Treffpunkt und Anlaufstelle für alle, die in {stadtteil} wohnen. Hier gibt es Hilfe bei Anträgen, einen Nachbarschaftstisch, Spieleabende und eine Tauschbörse.

                Das Team unterstützt Nachbarinnen und Nachbarn, eigene Ideen umzusetzen – vom Hoffest bis zur Spielplatzpatenschaft.
                """,
            Eligibility = "Alle Bewohnerinnen und Bewohner von {stadtteil}.",
            Application = "Zu den Öffnungszeiten vorbeikommen.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "tr ru ar pl bg",
            MaxExtraLanguages = 2,
            ContactRole = "Quartiersmanagement",
            Mailbox = "nachbarschaft",
        },
        new()
        {
            Key = "ferien-sprachkurs",
            Name = "Ferien-Sprachkurs für Schülerinnen und Schüler",
            Type = "sprachkurs",
            Topics = ["sprache", "bildung"],
            Audiences = ["kinder", "jugendliche"],
            Provider = ProviderKind.YouthCentre,
            Description = """
                In den Sommerferien bietet das Jugendzentrum einen zweiwöchigen Sprachkurs für Kinder und Jugendliche an, die seit kurzer Zeit in Deutschland zur Schule gehen. Vormittags wird gelernt, nachmittags gibt es Ausflüge und Spiele – natürlich auf Deutsch.
                """,
            Eligibility = "Schülerinnen und Schüler von 10 bis 16 Jahren, die seit höchstens zwei Jahren in Deutschland leben.",
            Application = "Anmeldung durch die Eltern oder die Schule bis Ende Juni.",
            Cost = CostKind.SmallContribution,
            Schedule = ScheduleKind.CourseMornings,
            Dates = DateKind.Series,
            LanguagePool = "uk ar ro bg",
            MaxExtraLanguages = 1,
            MinimumAge = 10,
            MaximumAge = 16,
            ContactRole = "Jugendbildung",
            Mailbox = "ferienkurs",
        },
        new()
        {
            Key = "frauenberatung",
            Name = "Beratung für Frauen mit Zuwanderungsgeschichte",
            Type = "beratung",
            Topics = ["soziales", "familie", "gesundheit"],
            Audiences = ["frauen", "maedchen"],
            Provider = ProviderKind.Welfare,
            Description = """
                Vertrauliche Beratung von Frau zu Frau: bei Trennung, Gewalt in der Familie, drohender Zwangsheirat, Fragen zu Schwangerschaft oder wenn Sie einfach nicht weiterwissen.

                Wir informieren über Ihre Rechte, begleiten zu Behörden und helfen, einen sicheren Ort zu finden. Auf Wunsch beraten wir anonym. Eine Dolmetscherin kann dazukommen.
                """,
            Eligibility = "Frauen und Mädchen ab 14 Jahren.",
            Application = "Termin telefonisch vereinbaren; in dringenden Fällen auch sofort.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "tr ar fa ku",
            MaxExtraLanguages = 2,
            MinimumAge = 14,
            ContactRole = "Frauenberatung",
            Mailbox = "frauenberatung",
        },
        new()
        {
            Key = "schullaufbahnberatung",
            Name = "Schulberatung für Eltern: Wege durch das Schulsystem",
            Type = "beratung",
            Topics = ["bildung", "familie"],
            Audiences = ["eltern"],
            Provider = ProviderKind.IntegrationOffice,
            Description = """
                Grundschule, Gesamtschule, Realschule, Gymnasium, Berufskolleg: Das Schulsystem in Nordrhein-Westfalen ist für viele Eltern neu. Wir erklären die Schulformen und Abschlüsse, helfen bei der Schulanmeldung und bei Gesprächen mit Lehrkräften.

                Auch Fragen zu Seiteneinsteigerklassen und zur Anerkennung ausländischer Schulzeugnisse beantworten wir.
                """,
            Eligibility = "Eltern schulpflichtiger Kinder, besonders neu zugewanderte Familien.",
            Application = "Termin nach Vereinbarung; Zeugnisse der Kinder mitbringen.",
            Schedule = ScheduleKind.OfficeHours,
            LanguagePool = "ar uk ru tr ro",
            MaxExtraLanguages = 2,
            ContactRole = "Schulberatung",
            Mailbox = "schulberatung",
        },
        new()
        {
            Key = "lesung-kulturen",
            Name = "Lesereihe „Geschichten vom Ankommen“",
            Type = "veranstaltung",
            Topics = ["kultur"],
            Audiences = ["zugewanderte", "jugendliche", "senioren"],
            Provider = ProviderKind.Initiative,
            Description = """
                Menschen aus {ort} lesen Geschichten vom Ankommen – eigene Texte und Lieblingsbücher, auf Deutsch und in ihrer Muttersprache. Nach jeder Lesung ist Zeit für Gespräche bei einem Getränk.

                Wer selbst lesen möchte, meldet sich beim Organisationsteam.
                """,
            Eligibility = "Alle Interessierten; Eintritt frei.",
            Application = "Keine Anmeldung nötig.",
            Schedule = ScheduleKind.WeeklyEvening,
            Dates = DateKind.Series,
            LanguagePool = "fa ar uk tr fr",
            MaxExtraLanguages = 2,
            ContactRole = "Organisationsteam",
            Mailbox = "lesung",
        },
        new()
        {
            Key = "computerkurs",
            Name = "Computer- und Handykurs: Online-Termine und Behördenportale",
            Type = "veranstaltung",
            Topics = ["bildung", "soziales"],
            Audiences = ["zugewanderte", "senioren"],
            Provider = ProviderKind.Education,
            Description = """
                Immer mehr Termine und Anträge laufen online. In diesem Kurs üben wir mit dem eigenen Handy oder einem Leihgerät:

                - E-Mail-Adresse einrichten und sicher nutzen
                - Termine bei Ämtern online buchen
                - Dokumente scannen und hochladen
                - Betrug im Internet erkennen
                """,
            Eligibility = "Erwachsene mit einfachen Deutschkenntnissen (ab A2).",
            Application = "Anmeldung im Bildungshaus; Leihgeräte bitte bei der Anmeldung reservieren.",
            Cost = CostKind.CourseFee,
            Schedule = ScheduleKind.WeeklyAfternoon,
            Dates = DateKind.Series,
            LanguagePool = "ru tr ar",
            MaxExtraLanguages = 1,
            ContactRole = "Kursleitung",
            Mailbox = "digital",
        },
    ];
}
