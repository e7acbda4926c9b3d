using Lotse.Features.Directory;
using Lotse.Features.Finance.Controlling;
using Lotse.Features.Finance.Levy;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// Example data of the county levy and the funding controlling, all marked as examples: the levy bases are the
/// municipalities' populations standing in for the real bases, and the funding period follows the KIZ column of
/// the cost table of 04.02.2013 with invented positions' amounts and actuals.
/// </summary>
internal static class ControllingExamples
{
    public const int LevyYear = 2013;

    public static void Add(LotseDbContext db, DemoReference reference)
    {
        foreach (var municipality in reference.Municipalities.Where(m => m.Population is not null))
        {
            db.LevyBases.Add(new LevyBase
            {
                Id = StableId.From("levy-base", $"{municipality.Code}:{LevyYear}"),
                MunicipalityId = municipality.Id,
                Year = LevyYear,
                Amount = municipality.Population!.Value,
                IsExample = true,
            });
        }
        db.FundingPeriods.Add(FundingPeriod());
    }

    private static FundingPeriod FundingPeriod()
    {
        var id = StableId.From("funding-period", "beispiel-2014");
        var period = new FundingPeriod
        {
            Id = id,
            Name = "KIZ-Förderung 2014 (Beispiel)",
            StartsOn = new DateOnly(2014, 1, 1),
            EndsOn = new DateOnly(2014, 12, 31),
            ApprovalReference = "Beispiel-Bescheid 2014/001",
            IsExample = true,
        };
        // The KIZ column of the 2013 cost table (personnel 1 × A 12, 2 × A 11, ½ × TVöD 6).
        (FundingCategory, decimal)[] approved =
        [
            (FundingCategory.Personnel, 238_300m), (FundingCategory.Overhead, 71_490m), (FundingCategory.Workstations, 18_144m),
            (FundingCategory.Offices, 20_160m), (FundingCategory.ProjectFunds, 5_000m), (FundingCategory.Other, 0m),
        ];
        foreach (var (category, amount) in approved)
            period.Budgets.Add(new FundingBudget { Id = StableId.From("funding-budget", $"beispiel-2014:{category}"), Category = category, Approved = amount });

        var lead = Position(id, "Leitung", "A 12", 1m, 75_000m, (new DateOnly(2014, 1, 1), null));
        var first = Position(id, "Fachkraft Bildung", "A 11", 1m, 69_800m, (new DateOnly(2014, 1, 1), new DateOnly(2014, 3, 1)), (new DateOnly(2014, 5, 1), null));
        var second = Position(id, "Fachkraft Querschnitt", "A 11", 1m, 69_800m, (new DateOnly(2014, 2, 1), null));
        var assistant = Position(id, "Assistenz", "TVöD 6", 0.5m, 23_700m, (new DateOnly(2014, 1, 1), null));
        foreach (var position in new[] { lead, first, second, assistant })
            period.Positions.Add(position);

        // Actuals January to April: personnel as occupied, the second A 11 started a month late; project funds spent early.
        var months = new[] { 1, 2, 3, 4 };
        foreach (var month in months)
        {
            Actual(period, month, FundingCategory.Personnel, lead.Id, 6_250m);
            Actual(period, month, FundingCategory.Personnel, first.Id, month <= 2 ? 5_816.67m : 0m);
            Actual(period, month, FundingCategory.Personnel, second.Id, month == 1 ? 0m : 5_816.67m);
            Actual(period, month, FundingCategory.Personnel, assistant.Id, 1_975m);
            Actual(period, month, FundingCategory.Overhead, null, 5_957.50m);
            Actual(period, month, FundingCategory.Workstations, null, month == 1 ? 9_072m : 756m);
            Actual(period, month, FundingCategory.Offices, null, 1_680m);
            Actual(period, month, FundingCategory.ProjectFunds, null, month == 3 ? 2_400m : 0m);
        }
        return period;
    }

    private static FundedPosition Position(Guid periodId, string label, string payGrade, decimal share, decimal annual, params (DateOnly From, DateOnly? VacantFrom)[] occupancies)
    {
        var position = new FundedPosition
        {
            Id = StableId.From("funded-position", $"{periodId}:{label}"),
            FundingPeriodId = periodId,
            Label = label,
            PayGrade = payGrade,
            Share = share,
            PlannedAnnualAmount = annual,
        };
        foreach (var (from, vacantFrom) in occupancies)
            position.Occupancies.Add(new PositionOccupancy { Id = StableId.From("occupancy", $"{position.Id}:{from:yyyy-MM-dd}"), OccupiedFrom = from, VacantFrom = vacantFrom });
        return position;
    }

    private static void Actual(FundingPeriod period, int month, FundingCategory category, Guid? positionId, decimal amount) =>
        period.Amounts.Add(new ControllingAmount
        {
            Id = StableId.From("controlling-amount", $"{period.Id}:{month}:{category}:{positionId}"),
            FundingPeriodId = period.Id,
            Year = 2014,
            Month = month,
            Category = category,
            FundedPositionId = positionId,
            Kind = ControllingAmountKind.Actual,
            Amount = amount,
        });
}
