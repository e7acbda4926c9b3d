using System.Text.Json;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.History;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.PersonalData;

/// <summary>
/// Everything stored about one contact person, readable (HTML) and as JSON (Art. 15), and the deletion of
/// it (Art. 17). Each disclosure and the deletion are noted in the audit log.
/// </summary>
[Authorize(Policy = Permissions.EditAllEntries)]
public sealed class PersonModel(LotseDbContext db, ICurrentActor actor, TimeProvider clock, IStringLocalizer<PersonalDataResource> text) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public PersonRecords.Report Report { get; private set; } = null!;

    [BindProperty]
    public bool Confirmed { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, "html", cancellationToken))
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, "json", cancellationToken))
            return NotFound();
        var export = new { createdAt = clock.GetUtcNow().UtcDateTime, person = new { Report.Name, Report.Email }, contacts = Report.Contacts, auditEntries = Report.Audit };
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "auskunft-art-15.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), text["Erase.ConfirmMissing"]);
            if (!await LoadAsync(id, null, cancellationToken))
                return NotFound();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var erased = await PersonRecords.EraseAsync(db, actor, clock, id, cancellationToken);
        if (erased == 0)
            return NotFound();
        return Redirect($"/intern/datenschutz?geloescht={erased}");
    }

    /// <summary>Loads the report; a disclosure (<paramref name="disclosedAs"/> not null) is noted in the audit log.</summary>
    private async Task<bool> LoadAsync(Guid id, string? disclosedAs, CancellationToken cancellationToken)
    {
        var report = await PersonRecords.ReportAsync(db, id, cancellationToken);
        if (report is null)
            return false;
        Report = report;
        if (disclosedAs is not null)
        {
            PersonRecords.AddNote(db, actor, clock, id, AuditAction.Exported, disclosedAs);
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }
}
