namespace Lotse.Features.Inventory.Survey;

/// <summary>Copies a template with its questions and options (keys kept, so rounds stay comparable) for the next round.</summary>
public static class SurveyTemplateCopy
{
    public const int MaxNameLength = 200;

    public static SurveyTemplate Create(SurveyTemplate source, string copySuffix, DateTime now)
    {
        var name = source.Name.Length + copySuffix.Length > MaxNameLength
            ? source.Name[..(MaxNameLength - copySuffix.Length)] + copySuffix
            : source.Name + copySuffix;
        var copy = new SurveyTemplate { Id = Guid.NewGuid(), Name = name, Description = source.Description, CopiedFromId = source.Id, CreatedAt = now };
        foreach (var question in source.Questions.OrderBy(q => q.Position))
        {
            var newQuestion = new SurveyQuestion
            {
                Id = Guid.NewGuid(), TemplateId = copy.Id, Position = question.Position, Key = question.Key, Text = question.Text,
                Hint = question.Hint, Kind = question.Kind, Required = question.Required, Min = question.Min, Max = question.Max,
                AllowsOther = question.AllowsOther, SummaryText = question.SummaryText, AddedFor = question.AddedFor,
            };
            foreach (var option in question.Options.OrderBy(o => o.Position))
                newQuestion.Options.Add(new SurveyOption
                {
                    Id = Guid.NewGuid(), QuestionId = newQuestion.Id, Position = option.Position, Key = option.Key, Label = option.Label,
                    TopicCode = option.TopicCode, AudienceCode = option.AudienceCode,
                });
            copy.Questions.Add(newQuestion);
        }
        return copy;
    }
}
