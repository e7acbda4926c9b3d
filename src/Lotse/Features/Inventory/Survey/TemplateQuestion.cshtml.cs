using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>One question of a template, edited on its own page (works without JavaScript); the key stays.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class TemplateQuestionModel(LotseDbContext db, IAuthorizationService authorization, IStringLocalizer<SurveyResource> text) : PageModel
{
    public SurveyTemplate Template { get; private set; } = null!;
    public SurveyQuestion Question { get; private set; } = null!;
    public IReadOnlyList<string> Rounds { get; private set; } = [];
    public bool MayManage { get; private set; }
    public bool IsFrozen => Rounds.Count > 0;

    [BindProperty]
    public SurveyQuestionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid questionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, questionId, false, cancellationToken))
            return NotFound();
        Input = SurveyQuestionInput.From(Question);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid questionId, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded)
            return Forbid();
        if (!await LoadAsync(id, questionId, true, cancellationToken))
            return NotFound();
        if (IsFrozen)
        {
            ModelState.Clear();
            Input = SurveyQuestionInput.From(Question);
            ModelState.AddModelError("", text["Templates.FrozenRefused", string.Join(", ", Rounds)]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var valid = await Input.ValidateAsync(db, text, ModelState, nameof(Input), cancellationToken);
        if (valid is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        valid.ApplyTo(Question, db);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{SurveyPaths.Template(id)}#frage-{Question.Key}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid questionId, bool tracked, CancellationToken cancellationToken)
    {
        var template = await SurveyTemplateEditing.LoadAsync(db, id, tracked, cancellationToken);
        var question = template?.Questions.FirstOrDefault(q => q.Id == questionId);
        if (template is null || question is null)
            return false;
        Template = template;
        Question = question;
        Rounds = await SurveyTemplateEditing.RoundsAsync(db, id, cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        return true;
    }
}
