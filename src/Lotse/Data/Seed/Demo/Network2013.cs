using Lotse.Features.Directory;
using Lotse.Features.Network.Relations;
using Lotse.Features.Network.WorkingGroups;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// The network of 2013 as the council papers describe it: the municipalities as actors, the cooperations named
/// in projekte-2013.csv and akteure-2013.csv, and the Arbeitskreis Integration led by the Fachstelle. The papers
/// give no meetings: the one meeting and its tasks here are invented and marked as examples.
/// </summary>
internal static class Network2013
{
    public const string WorkingGroupName = "Arbeitskreis Integration";
    private const string CountyOffice = "Fachstelle Integration";

    /// <summary>One organization per municipality ("Stadt Troisdorf"), the municipalities' administrations as actors.</summary>
    public static IReadOnlyList<Organization> AddMunicipalities(LotseDbContext db, DemoReference reference)
    {
        var added = new List<Organization>();
        foreach (var municipality in reference.Municipalities)
        {
            var organization = new Organization
            {
                Id = StableId.From("organization", "kommune:" + municipality.Code),
                Name = $"{municipality.Kind ?? "Kommune"} {municipality.Name}",
                ActorType = "kommune",
                Municipality = municipality,
                IsExample = false,
                LastModified = new DateTime(2013, 11, 27, 0, 0, 0, DateTimeKind.Utc),
            };
            db.Organizations.Add(organization);
            added.Add(organization);
        }
        return added;
    }

    public static void Add(LotseDbContext db, DemoReference reference, IReadOnlyList<Organization> actors, IReadOnlyList<Organization> municipalities)
    {
        Organization Actor(string namePrefix) => actors.Single(a => a.Name.StartsWith(namePrefix, StringComparison.Ordinal));
        Organization Town(string name) => municipalities.Single(m => m.Municipality!.Name == name);
        void Relate(Organization from, Organization to, string kind, string note) => db.ActorRelations.Add(new ActorRelation
        {
            Id = StableId.From("relation", $"2013:{from.Name}|{to.Name}|{kind}"),
            FromOrganization = from,
            ToOrganization = to,
            Kind = kind,
            Note = note,
        });

        var office = Actor(CountyOffice);
        // projekte-2013.csv: partners of the projects.
        Relate(Actor("Diakonie"), Actor("Gesundheitsamt"), RelationKinds.Cooperation, "MiMi – Mit Migranten für Migranten (2013)");
        Relate(Actor("Haus International"), Town("Troisdorf"), RelationKinds.Cooperation, "Maßnahmenreihe gegen Zwangsverheiratung (2013)");
        Relate(office, Actor("Haus International"), RelationKinds.Cooperation, "Maßnahmenreihe gegen Zwangsverheiratung; Bauwagen für Jungenarbeit (2013)");
        Relate(office, Town("Troisdorf"), RelationKinds.Cooperation, "Maßnahmenreihe gegen Zwangsverheiratung (2013)");
        Relate(office, Town("Meckenheim"), RelationKinds.Cooperation, "Themenabende gegen Zwangsverheiratung (2013)");
        Relate(office, Town("Bornheim"), RelationKinds.Cooperation, "Themenabende gegen Zwangsverheiratung, Stadtteilbüro (2013)");
        Relate(office, Actor("Pro Familia"), RelationKinds.Cooperation, "Gesundheitsförderung für Migrantinnen (2013)");
        Relate(office, Actor("Kreissportbund"), RelationKinds.Cooperation, "Lizenzübergabe für Übungsleiterinnen im Sport (2013)");
        Relate(office, Actor("Kultur- und Sportamt"), RelationKinds.Cooperation, "Filmfestival Nahaufnahme (seit 2010)");
        Relate(office, Actor("Neubürgerbeauftragter"), RelationKinds.Cooperation, "Einbürgerungsfeiern");
        // akteure-2013.csv: roles stated there.
        Relate(office, Actor("Diakonie"), RelationKinds.Cooperation, "Projekt Interkulturelle Dialoge");
        Relate(Actor("Kultur- und Sportamt"), Actor("Kreissportbund"), RelationKinds.Funding, "Unterstützung des Kreissportbunds");
        foreach (var name in new[] { "Diakonie", "Caritasverband", "Heimstatt", "Katholische Jugendwerke", "Kreiskatholikenrat" })
            Relate(Actor(name), office, RelationKinds.Cooperation, "Mitwirkung am Integrationskonzept 2011");
        Relate(Actor("Integrationsrat der Stadt Sankt Augustin"), Town("Sankt Augustin"), RelationKinds.Cooperation,
            "Antrag: Integrationskonzept bis Dezember 2013, Beteiligung von Anfang an");

        AddWorkingGroup(db, reference, actors, municipalities, office);
    }

    private static void AddWorkingGroup(LotseDbContext db, DemoReference reference, IReadOnlyList<Organization> actors,
        IReadOnlyList<Organization> municipalities, Organization office)
    {
        var group = new WorkingGroup
        {
            Id = StableId.From("working-group", "arbeitskreis-integration-2013"),
            Name = WorkingGroupName,
            Kind = WorkingGroupKinds.WorkingGroup,
            Description = "Kreisweiter Arbeitskreis, geleitet von der Fachstelle Integration des Rhein-Sieg-Kreises. "
                + "Teilnehmer laut den Vorlagen von 2013: Fachämter des Kreises, Schulamt, Ausländerbehörde, Jobcenter und die 19 Kommunen.",
            IsExample = false,
        };
        group.Topics.Add(reference.Term(TaxonomyCodes.Topic, "soziales"));
        group.Topics.Add(reference.Term(TaxonomyCodes.Topic, "bildung"));
        WorkingGroupMember Member(Organization organization, string? role = null)
        {
            var member = new WorkingGroupMember
            {
                Id = StableId.From("working-group-member", $"{group.Id}|{organization.Id}"),
                WorkingGroup = group,
                Organization = organization,
                Role = role,
            };
            group.Members.Add(member);
            return member;
        }

        var lead = Member(office, "Leitung");
        var departments = actors.Where(a => a.ActorType == "fachamt_kreis" && a != office).Select(a => Member(a)).ToList();
        var immigration = Member(actors.Single(a => a.Name.StartsWith("Ausländerbehörde", StringComparison.Ordinal)));
        var jobcenter = Member(actors.Single(a => a.Name.StartsWith("Jobcenter", StringComparison.Ordinal)));
        var towns = municipalities.Select(m => Member(m)).ToList();
        db.WorkingGroups.Add(group);

        // Invented: the papers name no meeting. Shown with the "Beispiel" badge.
        var meeting = new Meeting
        {
            Id = StableId.From("meeting", "arbeitskreis-integration-beispiel-1"),
            WorkingGroup = group,
            Date = DemoReference.ReferenceDate.AddDays(-16),
            Place = "Kreishaus Siegburg (Beispiel)",
            Agenda = "1. Beispiel: Bericht der Fachstelle\n2. Beispiel: Stand der Bestandsaufnahme in den Kommunen\n3. Verschiedenes",
            Minutes = "**Beispielprotokoll** – erfundene Angaben zur Vorführung.\n\n- Die Fachstelle berichtet über laufende Projekte.\n- Die Kommunen melden ihre Ansprechpersonen bis Monatsende.",
            IsExample = true,
        };
        foreach (var attendee in new[] { lead, immigration, jobcenter }.Concat(departments.Take(2)).Concat(towns.Take(8)))
            meeting.Attendees.Add(attendee);
        db.Meetings.Add(meeting);
        db.ActionItems.Add(new ActionItem
        {
            Id = StableId.From("action-item", "arbeitskreis-integration-beispiel-1"),
            WorkingGroup = group,
            Text = "Beispiel: Ansprechpersonen der Kommunen für die Bestandsaufnahme melden",
            OwnerMember = lead,
            DueOn = DemoReference.ReferenceDate.AddDays(-1),
            IsExample = true,
        });
        db.ActionItems.Add(new ActionItem
        {
            Id = StableId.From("action-item", "arbeitskreis-integration-beispiel-2"),
            WorkingGroup = group,
            Text = "Beispiel: Einladung zur nächsten Sitzung versenden",
            OwnerMember = lead,
            DueOn = DemoReference.ReferenceDate.AddDays(-10),
            Done = true,
            IsExample = true,
        });
    }
}
