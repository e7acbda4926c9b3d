using System.Globalization;
using Lotse.Data;
using Lotse.Data.Seed;
using Lotse.Features.Directory;
using Lotse.Features.Finance.CostModel;

namespace Lotse.Features.Finance.Costs;

/// <summary>
/// Funding rule sets (Data/Seed/kiz-foerderregeln.csv) and rate tables (Data/Seed/kostensaetze.csv: the rates the
/// 2013 cost table states itself — A 11, IT workstation, office; no other grade is priced there) as reference data.
/// </summary>
public static class CostReferenceData
{
    public const string WorkstationKey = "IT-Standardarbeitsplatz";
    public const string OfficeKey = "Büro";

    public static Guid RuleSetId(string name) => StableId.From("funding-rule-set", name);

    public static Guid RateTableId(string name) => StableId.From("cost-rate-table", name);

    public static void Add(LotseDbContext db, DateTime now)
    {
        foreach (var rules in FundingRulesCsv.Parse(ReferenceDataSeeder.Read("kiz-foerderregeln.csv").ToList()))
        {
            var set = new FundingRuleSet { Id = RuleSetId(rules.Name), Name = rules.Name, ValidFrom = rules.ValidFrom, LastModified = now };
            var order = 0;
            foreach (var row in rules.Rows)
            {
                set.Rules.Add(new FundingRule
                {
                    Id = StableId.From("funding-rule", $"{rules.Name}:{order}"),
                    SortOrder = order++,
                    Subject = row.Subject, Kind = row.Kind, Mode = row.Mode, Cap = row.Cap, MaxCount = row.MaxCount,
                    UnitShare = row.UnitShare, Note = row.Note, Source = row.Source,
                });
            }
            db.FundingRuleSets.Add(set);
        }

        foreach (var group in ReferenceDataSeeder.Read("kostensaetze.csv").GroupBy(r => r["satztabelle"]))
        {
            var first = group.First();
            var table = new CostRateTable
            {
                Id = RateTableId(group.Key),
                Name = group.Key,
                ValidFrom = Date(first["gueltig_ab"])!.Value,
                ValidTo = Date(first["gueltig_bis"]),
                Source = first["quelle"],
                LastModified = now,
            };
            var order = 0;
            foreach (var row in group)
            {
                var amount = decimal.Parse(row["betrag_eur_je_jahr"], CultureInfo.InvariantCulture);
                switch (row["gegenstand"])
                {
                    case WorkstationKey: table.WorkstationRate = amount; break;
                    case OfficeKey: table.OfficeRate = amount; break;
                    default:
                        table.Rates.Add(new CostRate { Id = StableId.From("cost-rate", $"{group.Key}:{row["gegenstand"]}"), SortOrder = order++, PayGrade = row["gegenstand"], AnnualRate = amount });
                        break;
                }
            }
            db.CostRateTables.Add(table);
        }
    }

    private static DateOnly? Date(string value) =>
        string.IsNullOrWhiteSpace(value) ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
