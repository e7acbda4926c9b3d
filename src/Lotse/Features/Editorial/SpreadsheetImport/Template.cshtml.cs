using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>The template to fill in, as XLSX with the caller's lists or as CSV.</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class TemplateModel(LotseDbContext db, IStringLocalizer<SpreadsheetImportResource> text) : PageModel
{
    public const int GuideLines = 6;

    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case "csv":
                return File(SpreadsheetTemplate.Csv(), SpreadsheetTemplate.CsvContentType, "angebote-vorlage.csv");
            case "xlsx":
                var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
                var choices = await ImportChoices.LoadAsync(db, scope, cancellationToken);
                var guide = Enumerable.Range(1, GuideLines).Select(i => text["Guide." + i].Value).ToList();
                return File(SpreadsheetTemplate.Xlsx(choices, guide), SpreadsheetTemplate.XlsxContentType, "angebote-vorlage.xlsx");
            default:
                return NotFound();
        }
    }
}
