using Lotse.Features.Directory;
using Lotse.Features.Finance.Costs;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// The two scenarios of the 2013 cost table (reference/kostenaufstellung-2013.csv). The source gives the KIZ's
/// personnel cost only as the sum 238 300 for 1 × A 12, 2 × A 11, ½ × TVöD E 6, so the positions carry no
/// amounts and the sum is entered with its source. Which position falls under which subject of the 2012 rule
/// set is not stated there; the assignment below is one that gives its 170 000.
/// </summary>
public static class CostScenarios2013
{
    public const string Source = "Kostenaufstellung 2013 (Vorlage 2013)";
    public static readonly Guid FachstelleId = StableId.From("cost-scenario", "fachstelle-2013");
    public static readonly Guid KizId = StableId.From("cost-scenario", "kiz-2013");

    public static void Add(LotseDbContext db, DateTime now)
    {
        var date = new DateOnly(2013, 1, 1);
        db.CostScenarios.Add(new CostScenario
        {
            Id = FachstelleId,
            Name = "Fachstelle Integration 2013",
            Description = "Derzeitige Struktur laut Kostenaufstellung 2013: eine Stelle A 11, ohne Landesförderung.",
            Date = date,
            OverheadShare = 0.30m,
            Workstations = 2,
            Offices = 1,
            ProjectFunds = 2_000m,
            ProjectFundsSource = Source,
            IsPublished = true,
            CreatedAt = now,
            LastModified = now,
            Lines = [Position(FachstelleId, 0, "A 11", 1m, null)],
        });
        db.CostScenarios.Add(new CostScenario
        {
            Id = KizId,
            Name = "KIZ 2013",
            Description = "Kommunales Integrationszentrum laut Kostenaufstellung 2013. Die Zuordnung der Stellen zu den Fördergegenständen nennt die Quelle nicht; sie ergibt hier die Kostenerstattung von 170.000 €.",
            Date = date,
            FundingRuleSetId = CostReferenceData.RuleSetId("KIZ-Richtlinie 2012"),
            OverheadShare = 0.30m,
            Workstations = 8,
            Offices = 4,
            ProjectFunds = 5_000m,
            ProjectFundsSource = "geschätzter Wert, " + Source,
            PersonnelTotal = 238_300m,
            PersonnelTotalSource = Source,
            IsPublished = true,
            CreatedAt = now,
            LastModified = now,
            Lines =
            [
                Position(KizId, 0, "A 12", 1m, "Stelle Verwaltung"),
                Position(KizId, 1, "A 11", 1m, "Stelle (Sozial-)Pädagogik"),
                Position(KizId, 2, "A 11", 1m, "Stelle (Sozial-)Pädagogik"),
                Position(KizId, 3, "TVöD E 6", 0.5m, "1/2 Stelle Verwaltungsassistenz"),
            ],
        });
    }

    private static CostScenarioLine Position(Guid scenarioId, int order, string grade, decimal share, string? subject) => new()
    {
        Id = StableId.From("cost-scenario-line", $"{scenarioId}:{order}"),
        ScenarioId = scenarioId,
        SortOrder = order,
        Kind = CostScenarioLineKind.Position,
        Label = grade,
        Share = share,
        FundingSubject = subject,
    };
}
