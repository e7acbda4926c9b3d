using Lotse.Features.Directory;
using Lotse.Features.Planning;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// An invented work plan of the KIZ (marked as examples): measures in both focus areas, some from programme
/// templates. The "Sprachcafé für Frauen in Troisdorf" is added only when the demo directory holds a published
/// offer it overlaps with (topic sprache, audience frauen, Troisdorf), so the overlap page has a case to show.
/// </summary>
internal static class ExampleWorkPlan
{
    private const string Troisdorf = "05382068";
    private const string Siegburg = "05382060";
    private const string SanktAugustin = "05382056";

    private sealed record Row(string Key, string Title, string Goal, FocusArea Focus, EducationChainStage? Stage, string? Field,
        MeasureStatus Status, DateOnly? Start, DateOnly? End, decimal? Budget, string[] Municipalities, string[] Topics, string[] Audiences,
        string[] Languages, string? Responsible, string? Template, (string Name, string? Unit, decimal? Target, decimal? Actual)[] Indicators);

    public static void Add(LotseDbContext db, DemoReference reference, IReadOnlyList<Organization> actors)
    {
        var rows = new List<Row>
        {
            new("griffbereit-troisdorf", "Griffbereit in Troisdorf", "Eltern von Kindern zwischen einem und drei Jahren stärken die Familiensprache ihrer Kinder in wöchentlichen Gruppen.",
                FocusArea.Education, EducationChainStage.EarlyChildhood, null, MeasureStatus.Running, new(2025, 9, 1), new(2027, 7, 31), 8_500m,
                [Troisdorf], ["familie", "sprache"], ["eltern", "kinder"], ["tr", "ar"], "Haus International", "griffbereit",
                [("Gruppen", "Gruppen", 3, 2), ("Teilnehmende Familien", "Familien", 36, 24)]),
            new("rucksack-schule-sankt-augustin", "Rucksack Schule an zwei Grundschulen in Sankt Augustin", "Eltern begleiten das Lernen ihrer Kinder in Familiensprache und Deutsch, abgestimmt mit dem Unterricht.",
                FocusArea.Education, EducationChainStage.School, null, MeasureStatus.Planned, new(2027, 2, 1), new(2028, 1, 31), 12_000m,
                [SanktAugustin], ["bildung", "sprache"], ["eltern", "kinder"], [], "Amt für Schule und Bildungskoordinierung -40- / Schulamt für den Rhein-Sieg-Kreis", "rucksack-schule",
                [("Beteiligte Grundschulen", "Schulen", 2, null), ("Teilnehmende Eltern", "Personen", 30, null)]),
            new("bildungspatenschaften-kreis", "Bildungspatenschaften im Übergang Schule/Beruf", "Ehrenamtliche begleiten Jugendliche mit Zuwanderungsgeschichte von der Schule in die Ausbildung.",
                FocusArea.Education, EducationChainStage.TransitionSchoolWork, null, MeasureStatus.Running, new(2026, 1, 15), new(2027, 12, 31), 15_000m,
                [], ["bildung", "arbeit"], ["jugendliche", "ehrenamtliche"], [], "Fachstelle Integration (Kreissozialamt -50-)", "bildungspatenschaften",
                [("Vermittelte Patenschaften", "Patenschaften", 40, 17)]),
            new("elternbildung-siegburg", "Elternabende „Schule in Deutschland“ in Siegburg", "Eltern lernen das Schulsystem, Übergänge und Ansprechpersonen kennen – mit Sprachmittlung.",
                FocusArea.Education, EducationChainStage.AdultAndParentEducation, null, MeasureStatus.Completed, new(2025, 10, 1), new(2026, 3, 31), 2_400m,
                [Siegburg], ["bildung", "familie"], ["eltern"], ["ar", "uk"], null, null,
                [("Elternabende", "Abende", 6, 6), ("Teilnehmende", "Personen", 90, 112)]),
            new("interkulturelle-oeffnung", "Interkulturelle Öffnung der Kreisverwaltung", "Fortbildungen und Leitfäden für Beschäftigte mit Publikumsverkehr.",
                FocusArea.CrossCutting, null, "Interkulturelle Öffnung der Verwaltung", MeasureStatus.Running, new(2026, 3, 1), new(2027, 12, 31), 6_000m,
                [], ["soziales"], ["fachkraefte"], [], "Fachstelle Integration (Kreissozialamt -50-)", null,
                [("Fortgebildete Beschäftigte", "Personen", 120, 45)]),
        };
        if (HasWomensLanguageOffer(db, reference.MunicipalityByCode(Troisdorf)))
        {
            rows.Add(new("sprachcafe-frauen-troisdorf", "Sprachcafé für Frauen in Troisdorf", "Ein offenes Sprachcafé nur für Frauen, mit Kinderbetreuung, um Deutsch im Alltag zu üben.",
                FocusArea.CrossCutting, null, "Interkulturelle Öffnung der Verwaltung", MeasureStatus.Planned, new(2027, 1, 15), new(2027, 12, 15), 3_000m,
                [Troisdorf], ["sprache"], ["frauen"], [], null, null,
                [("Treffen", "Treffen", 40, null)]));
        }

        var created = DemoReference.ReferenceDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var row in rows)
        {
            var measure = new Measure
            {
                Id = StableId.From("measure", row.Key),
                Title = row.Title,
                Goal = row.Goal,
                FocusArea = row.Focus,
                EducationChainStage = row.Stage,
                CrossCuttingField = row.Field,
                CrossCuttingPeriodStartYear = row.Field is null ? null : 2026,
                Status = row.Status,
                StartsOn = row.Start,
                EndsOn = row.End,
                Budget = row.Budget,
                ProgrammeTemplate = row.Template,
                ResponsibleOrganization = row.Responsible is null ? null : actors.FirstOrDefault(a => a.Name == row.Responsible),
                IsExample = true,
                CreatedAt = created,
                LastModified = created,
            };
            foreach (var code in row.Municipalities)
                measure.Municipalities.Add(reference.MunicipalityByCode(code));
            foreach (var code in row.Topics)
                measure.Terms.Add(reference.Term(TaxonomyCodes.Topic, code));
            foreach (var code in row.Audiences)
                measure.Terms.Add(reference.Term(TaxonomyCodes.Audience, code));
            foreach (var code in row.Languages)
                measure.Languages.Add(reference.Language(code));
            var order = 0;
            foreach (var (name, unit, target, actual) in row.Indicators)
                measure.Indicators.Add(new MeasureIndicator { Id = StableId.From("measure-indicator", $"{row.Key}:{order}"), Name = name, Unit = unit, Target = target, Actual = actual, SortOrder = order++ });
            db.Measures.Add(measure);
        }
    }

    // The offers were added to the context just before, not saved yet: look at the tracked entries.
    private static bool HasWomensLanguageOffer(LotseDbContext db, Municipality troisdorf) =>
        db.ChangeTracker.Entries<Offer>().Select(e => e.Entity).Any(o =>
            o.Status == OfferStatus.Published
            && (o.Municipality == troisdorf || o.MunicipalityId == troisdorf.Id)
            && o.Terms.Any(t => t.Code == "sprache" && t.Taxonomy.Code == TaxonomyCodes.Topic)
            && o.Terms.Any(t => t.Code == "frauen" && t.Taxonomy.Code == TaxonomyCodes.Audience));
}
