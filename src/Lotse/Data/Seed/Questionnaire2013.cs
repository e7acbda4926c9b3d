using System.Globalization;
using Lotse.Features.Directory;
using Lotse.Features.Inventory.Survey;

namespace Lotse.Data.Seed;

/// <summary>The 2013 questionnaire (fragebogen-2013.csv, fragebogen-2013-optionen.csv) as the default survey template.</summary>
public static class Questionnaire2013
{
    public static readonly Guid TemplateId = StableId.From("survey-template", "2013");

    public static SurveyTemplate Build(DateTime now)
    {
        var template = new SurveyTemplate
        {
            Id = TemplateId,
            Name = "Fragebogen 2013",
            Description = "Die Fragen der Abfrage zur Integrationsarbeit in den kreisangehörigen Kommunen von 2013, ergänzt um die Ausgaben für Integrationsarbeit.",
            CreatedAt = now,
        };
        var options = ReferenceDataSeeder.Read("fragebogen-2013-optionen.csv").ToLookup(o => o["frage"]);
        var position = 0;
        foreach (var row in ReferenceDataSeeder.Read("fragebogen-2013.csv"))
        {
            var key = row["schluessel"];
            var question = new SurveyQuestion
            {
                Id = StableId.From("survey-question:2013", key),
                TemplateId = template.Id,
                Position = position++,
                Key = key,
                Text = row["frage"],
                Hint = Blank(row["hinweis"]),
                Kind = Enum.Parse<SurveyQuestionKind>(row["art"]),
                Required = row["pflicht"] == "ja",
                Min = Number(row["min"]),
                Max = Number(row["max"]),
                AllowsOther = row["sonstiges"] == "ja",
                SummaryText = Blank(row["auswertung"]),
                AddedFor = Blank(row["ergaenzt_fuer"]),
            };
            var order = 0;
            foreach (var option in options[key])
            {
                question.Options.Add(new SurveyOption
                {
                    Id = StableId.From($"survey-option:2013:{key}", option["schluessel"]),
                    QuestionId = question.Id,
                    Position = order++,
                    Key = option["schluessel"],
                    Label = option["bezeichnung"],
                    TopicCode = Blank(option["thema"]),
                    AudienceCode = Blank(option["zielgruppe"]),
                });
            }
            template.Questions.Add(question);
        }
        return template;
    }

    private static decimal? Number(string value) =>
        string.IsNullOrWhiteSpace(value) ? null : decimal.Parse(value, CultureInfo.InvariantCulture);

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
