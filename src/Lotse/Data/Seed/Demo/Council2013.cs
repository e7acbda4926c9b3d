using Lotse.Features.Directory;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Council;
using Lotse.Features.Planning.Participation;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// The concept process as the 2013 council papers tell it (/work/shared source documents): the 2011
/// concept and who worked on it, the motion of the Integrationsrat Sankt Augustin, the Troisdorf
/// submission DS-Nr. 2013/728. Dates, numbers and votes the papers do not give stay empty.
/// </summary>
internal static class Council2013
{
    private static readonly DateTime SourceDate = new(2013, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    public static void Add(LotseDbContext db, IReadOnlyList<Organization> actors)
    {
        var concept2011 = new IntegrationConceptVersion
        {
            Id = StableId.From("concept", "2011"),
            Title = "Integrationskonzept für den Rhein-Sieg-Kreis",
            Note = "Im Februar 2011 veröffentlicht. Erarbeitet unter Federführung der Fachstelle Integration in einem konsensorientierten Prozess; "
                + "Ziel waren gemeinsame Grundlagen, Ziele und Handlungsstrategien für die Integrationsarbeit im Rhein-Sieg-Kreis. "
                + "Ein Beschlussdatum nennen die Unterlagen nicht.",
            CreatedAt = SourceDate,
            LastModified = SourceDate,
        };
        var revision = new IntegrationConceptVersion
        {
            Id = StableId.From("concept", "2013-revision"),
            Title = "Integrationskonzept für den Rhein-Sieg-Kreis (Überarbeitung mit den Städten und Gemeinden)",
            FieldsOfAction = "Integration durch Bildung\nIntegration als kommunale Querschnittsaufgabe",
            Note = "Mit dem Landrat vereinbart: Das Integrationskonzept wird überarbeitet und einvernehmlich im Zusammenwirken des Kreises "
                + "und der Städte und Gemeinden erarbeitet (Vorlage DS-Nr. 2013/728 der Stadt Troisdorf).",
            CreatedAt = SourceDate,
            LastModified = SourceDate,
        };
        db.ConceptVersions.AddRange(concept2011, revision);

        var integrationCouncil = Actor(actors, "Integrationsrat der Stadt Sankt Augustin");
        var councilMotion = new Motion
        {
            Id = StableId.From("motion", "integrationsrat-sankt-augustin-2013"),
            Title = "Erstellung eines Integrationskonzeptes durch den Rhein-Sieg-Kreis für die Beantragung eines Kommunalen Integrationszentrums",
            FiledByOrganization = integrationCouncil,
            CommitteeSequence = "Integrationsrat",
            Text = "- Der Rat/Der Kreistag wird aufgefordert, bis Dezember 2013 ein Integrationskonzept zu erstellen und einen Antrag auf "
                + "Einrichtung eines Kommunalen Integrationszentrums zu stellen.\n"
                + "- Entsprechend der Vorgaben des MAIS fordert der Integrationsrat eine Beteiligung an der Erstellung dieses Konzeptes von Anfang an.\n\n"
                + "Gez. Nikolaos Pasaportis, Herbert Montexier, Joginder Rubin (Internationale Liste)",
            LastModified = SourceDate,
        };
        councilMotion.Sessions.Add(new Session
        {
            Id = StableId.From("session", "integrationsrat-sankt-augustin-2013"),
            Committee = "Integrationsrat",
            ConceptVersion = revision,
            LastModified = SourceDate,
        });
        var spdMotion = new Motion
        {
            Id = StableId.From("motion", "spd-fraktion-2013-07-01"),
            Title = "Einrichtung eines Kommunalen Integrationszentrums -KIZ- im Rhein-Sieg-Kreis",
            FiledByText = "SPD-Fraktion",
            FiledOn = new DateOnly(2013, 7, 1),
            LastModified = SourceDate,
        };
        var submission = new Submission
        {
            Id = StableId.From("submission", "troisdorf-2013-728"),
            DocumentNumber = "2013/728",
            Title = "Einrichtung eines Kommunalen Integrationszentrums -KIZ- im Rhein-Sieg-Kreis; hier: Antrag der SPD-Fraktion vom 01. Juli 2013",
            IssuedBy = "Stadt Troisdorf, Der Bürgermeister (Az: III/50)",
            IssuedOn = new DateOnly(2013, 9, 4),
            Motion = spdMotion,
            CommitteeSequence = "Sozialausschuss",
            DraftDecision = "Der Sozialausschuss begrüßt die Position der Verwaltung, konstruktiv bei der Schaffung eines Kommunalen "
                + "Integrationszentrums (KIZ) im Sinne des Gesetzes zur Förderung der gesellschaftlichen Teilhabe und Integration in "
                + "Nordrhein-Westfalen im Zusammenwirken mit den Städten und Gemeinden und dem Rhein-Sieg-Kreis mitzuwirken und dazu "
                + "beizutragen, dass das KIZ einen spürbaren Mehrwert für die Integrationsarbeit in den einzelnen Kommunen und dem "
                + "Rhein-Sieg-Kreis bedeutet.",
            Text = "Nach Sichtung und Bewertung der Konzeption des Kreises sind die Bürgermeisterin und die Bürgermeister einvernehmlich "
                + "der Auffassung, dass das vorgelegte Integrationskonzept konkretisiert werden muss: Es berücksichtigt nicht die in den "
                + "Städten und Gemeinden bestehenden Maßnahmen; Doppelstrukturen und Doppelfinanzierung sind zu befürchten. Mit dem Landrat "
                + "ist vereinbart, das Integrationskonzept zu überarbeiten. Finanzielle Auswirkungen: Nein.",
            LastModified = SourceDate,
        };
        submission.Sessions.Add(new Session
        {
            Id = StableId.From("session", "troisdorf-sozialausschuss-2013-09-25"),
            Committee = "Sozialausschuss",
            HeldOn = new DateOnly(2013, 9, 25),
            AgendaItem = "6",
            ConceptVersion = revision,
            LastModified = SourceDate,
        });
        db.Motions.AddRange(councilMotion, spdMotion);
        db.Submissions.Add(submission);

        AddParticipation2011(db, actors, concept2011);
        Participate(db, revision, "integrationsrat-sankt-augustin", integrationCouncil, null, null,
            "Antrag", "Fordert die Beteiligung an der Erstellung des Konzepts von Anfang an (Vorgabe des MAIS).");
        Participate(db, revision, "buergermeister", null, "Bürgermeisterin und Bürgermeister der kreisangehörigen Kommunen", null,
            "Abstimmung mit dem Landrat", "Sichtung und Bewertung der Konzeption des Kreises; Überarbeitung vereinbart.");
        Participate(db, revision, "troisdorf", null, "Stadt Troisdorf", new DateOnly(2013, 9, 4),
            "Stellungnahme", "Vorlage DS-Nr. 2013/728: Die Stadt hat sich am Prozess bereits konstruktiv beteiligt und wird sich weiterhin beteiligen.");
    }

    // "Die Erarbeitung erfolgte in einem konsensorientierten Prozess, an dem … beteiligt waren."
    private static void AddParticipation2011(LotseDbContext db, IReadOnlyList<Organization> actors, IntegrationConceptVersion concept)
    {
        const string form = "Mitwirkung an der Erarbeitung";
        const string note = "Beteiligt am konsensorientierten Erarbeitungsprozess; das Konzept wurde im Februar 2011 veröffentlicht.";
        string[] named =
        [
            "Kreistagsfraktionen", "Verwaltung des Rhein-Sieg-Kreises", "Gemeinde Alfter", "Gemeinde Windeck", "Stadt Bornheim",
            "Stadt Hennef", "Stadt Königswinter", "Stadt Lohmar", "Stadt Niederkassel", "Stadt Sankt Augustin", "Stadt Troisdorf",
        ];
        foreach (var actor in named)
            Participate(db, concept, actor, null, actor, null, form, note);
        foreach (var name in new[] { "Diakonie (Diakonisches Werk)", "Caritasverband", "Heimstatt e.V.", "Katholische Jugendwerke", "Kreiskatholikenrat" })
            Participate(db, concept, name, Actor(actors, name), null, null, form, note);
    }

    private static void Participate(LotseDbContext db, IntegrationConceptVersion concept, string key, Organization? organization, string? actor,
        DateOnly? on, string form, string note) =>
        db.ParticipationEntries.Add(new ParticipationEntry
        {
            Id = StableId.From("participation", concept.Id + ":" + key),
            ConceptVersion = concept,
            Organization = organization,
            ActorText = actor,
            TookPartOn = on,
            Form = form,
            Note = note,
            LastModified = SourceDate,
        });

    private static Organization Actor(IReadOnlyList<Organization> actors, string name) => actors.Single(a => a.Name == name);
}
