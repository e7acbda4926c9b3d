using System.Globalization;
using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>The KIZ opens a round from a template for all municipalities of the county.</summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class NewRoundModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<SurveyResource> text) : PageModel
{
    public sealed class RoundInput
    {
        public string? Name { get; set; }
        public string? TemplateId { get; set; }
        public string? DueOn { get; set; }
    }

    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.TemplateId = Templates.LastOrDefault().Id.ToString();
        Input.DueOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(42).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            ModelState.AddModelError("Input.Name", text["NewRound.NameRequired"]);
        else if (name.Length > 200)
            ModelState.AddModelError("Input.Name", text["NewRound.NameTooLong", 200]);
        var templateId = Guid.TryParse(Input.TemplateId, out var t) && Templates.Any(x => x.Id == t) ? t : (Guid?)null;
        if (templateId is null)
            ModelState.AddModelError("Input.TemplateId", text["NewRound.TemplateRequired"]);
        var dueOn = DateOnly.TryParseExact(Input.DueOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    || DateOnly.TryParseExact(Input.DueOn?.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)
            ? d : (DateOnly?)null;
        if (dueOn is null)
            ModelState.AddModelError("Input.DueOn", text["NewRound.DueOnInvalid"]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var round = await SurveyRoundOpening.AddAsync(db, name!, templateId!.Value, dueOn!.Value, clock.GetUtcNow().UtcDateTime, false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(SurveyPaths.Round(round.Id));
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Templates = (await db.SurveyTemplates.AsNoTracking().OrderBy(t => t.CreatedAt).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
}
