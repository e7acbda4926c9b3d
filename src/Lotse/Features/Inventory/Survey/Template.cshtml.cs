using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>One template: its name and its questions (add, move, remove); read-only once a round uses it.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class TemplateModel(LotseDbContext db, IAuthorizationService authorization, IStringLocalizer<SurveyResource> text) : PageModel
{
    public SurveyTemplate Template { get; private set; } = null!;
    public IReadOnlyList<string> Rounds { get; private set; } = [];
    public bool MayManage { get; private set; }
    public bool IsFrozen => Rounds.Count > 0;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public SurveyQuestionInput NewQuestion { get; set; } = new() { Kind = nameof(SurveyQuestionKind.YesNo) };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, false, cancellationToken))
            return NotFound();
        Name = Template.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostNameAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(id, cancellationToken) is { } refused)
            return refused;
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
            ModelState.AddModelError(nameof(Name), text["Templates.NameRequired"]);
        else if (name.Length > SurveyTemplateCopy.MaxNameLength)
            ModelState.AddModelError(nameof(Name), text["Templates.TooLong", SurveyTemplateCopy.MaxNameLength]);
        if (!ModelState.IsValid)
            return Invalid();
        Template.Name = name!;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(SurveyPaths.Template(id));
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(id, cancellationToken) is { } refused)
            return refused;
        Name = Template.Name;
        var valid = await NewQuestion.ValidateAsync(db, text, ModelState, nameof(NewQuestion), cancellationToken);
        if (valid is null)
            return Invalid();
        var question = new SurveyQuestion
        {
            Id = Guid.NewGuid(), TemplateId = Template.Id, Position = Template.Questions.Count == 0 ? 0 : Template.Questions.Max(q => q.Position) + 1,
            Key = SurveyKeys.From(valid.Text, Template.Questions.Select(q => q.Key)), Text = valid.Text,
        };
        valid.ApplyTo(question, db);
        db.SurveyQuestions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{SurveyPaths.Template(id)}#frage-{question.Key}");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid questionId, string? direction, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(id, cancellationToken) is { } refused)
            return refused;
        var ordered = Template.Questions.OrderBy(q => q.Position).ToList();
        var index = ordered.FindIndex(q => q.Id == questionId);
        if (index < 0)
            return NotFound();
        var other = direction switch { "hoch" => index - 1, "runter" => index + 1, _ => -1 };
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
            for (var i = 0; i < ordered.Count; i++)
                ordered[i].Position = i;
            await db.SaveChangesAsync(cancellationToken);
        }
        return Redirect($"{SurveyPaths.Template(id)}#frage-{ordered[Math.Clamp(other, 0, ordered.Count - 1)].Key}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid questionId, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(id, cancellationToken) is { } refused)
            return refused;
        var question = Template.Questions.FirstOrDefault(q => q.Id == questionId);
        if (question is null)
            return NotFound();
        Template.Questions.Remove(question);
        db.SurveyQuestions.Remove(question);
        SurveyTemplateEditing.Renumber(Template);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(SurveyPaths.Template(id));
    }

    // Changes are the KIZ's (ManageWorkbench); a template a round uses stays as it is.
    private async Task<IActionResult?> RefuseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded)
            return Forbid();
        if (!await LoadAsync(id, true, cancellationToken))
            return NotFound();
        if (IsFrozen)
        {
            Name = Template.Name;
            ModelState.Clear();
            ModelState.AddModelError("", text["Templates.FrozenRefused", string.Join(", ", Rounds)]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return null;
    }

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var template = await SurveyTemplateEditing.LoadAsync(db, id, tracked, cancellationToken);
        if (template is null)
            return false;
        Template = template;
        Rounds = await SurveyTemplateEditing.RoundsAsync(db, id, cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        return true;
    }
}
