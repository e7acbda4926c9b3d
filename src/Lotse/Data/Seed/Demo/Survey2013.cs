using System.Globalization;
using Lotse.Features.Inventory.Survey;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// The closed example round "Abfrage 2013": one submitted answer set per municipality, reconstructed from the
/// published 2013 findings (bestandsaufnahme-2013-beispiel.csv). The individual answers are invented, so the
/// round and its answers are marked as examples.
/// </summary>
internal static class Survey2013
{
    public static void Add(LotseDbContext db, DemoReference reference)
    {
        var openedAt = new DateTime(2013, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var submittedAt = new DateTime(2013, 4, 15, 10, 0, 0, DateTimeKind.Utc);
        var round = new SurveyRound
        {
            Id = Features.Directory.StableId.From("survey-round", "2013"),
            Name = "Abfrage 2013",
            TemplateId = Questionnaire2013.TemplateId,
            DueOn = new DateOnly(2013, 4, 30),
            OpenedAt = openedAt,
            ClosedAt = new DateTime(2013, 5, 31, 12, 0, 0, DateTimeKind.Utc),
            IsExample = true,
        };
        foreach (var row in ReferenceDataSeeder.Read(Path.Combine("Demo", "bestandsaufnahme-2013-beispiel.csv")))
        {
            var municipality = reference.MunicipalityByName(row["kommune"]);
            var answers = new Dictionary<string, SurveyAnswer>
            {
                ["integration_officer_exists"] = new() { Yes = true },
                ["integration_officer"] = new() { Name = $"Beispielperson {municipality.Name}", Function = row["funktion"] },
                ["organisational_unit"] = new() { Options = [row["anbindung"]] },
                ["head_responsible"] = new() { Yes = row["leitung_selbst"] == "ja" },
                ["staff_share"] = row["stellen"] is { Length: > 0 } share
                    ? new() { Number = decimal.Parse(share, CultureInfo.InvariantCulture) }
                    : new() { NotStated = true },
                ["case_counselling"] = new() { Yes = true },
                ["fields_of_action"] = new() { Options = List(row["handlungsfelder"]), Other = Blank(row["handlungsfelder_sonstiges"]) },
                ["strategic_work"] = new() { Yes = row["strategisch"] == "ja" },
                ["strategic_activities"] = new() { Options = List(row["strategie"]) },
                ["cooperation_partners"] = new() { Options = List(row["partner"]) },
            };
            if (row["ausgaben"] is { Length: > 0 } euro)
                answers["integration_spending"] = new() { Number = decimal.Parse(euro, CultureInfo.InvariantCulture) };
            round.Responses.Add(new SurveyResponse
            {
                Id = Features.Directory.StableId.From("survey-response:2013", municipality.Code),
                RoundId = round.Id,
                MunicipalityId = municipality.Id,
                Status = SurveyResponseStatus.Submitted,
                AnswersJson = SurveyAnswers.ToJson(answers),
                LastSavedAt = submittedAt,
                SubmittedAt = submittedAt,
                IsExample = true,
            });
        }
        db.SurveyRounds.Add(round);
    }

    private static List<string> List(string value) => value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
