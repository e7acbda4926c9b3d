using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

/// <summary>The monthly report of a funding period as XLSX, PDF or CSV.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class ExportModel(LotseDbContext db, CategoryText categories, IStringLocalizer<ControllingResource> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? monat, string? format, CancellationToken cancellationToken)
    {
        var period = await ControllingData.LoadAsync(db, id, track: false, cancellationToken);
        if (period is null)
            return NotFound();
        var month = ControllingData.ReportMonth(period, monat);
        var report = ControllingReport.Compute(ControllingData.InputOf(period), month.Year, month.Month);
        string Label(string key) => text[key];
        var headers = ControllingExport.Headers(Label);
        var rows = ControllingExport.Rows(period, report, categories, Label);
        var title = text["Export.Title", period.Name, month.ToString("MMMM yyyy", Levy.EuroText.German)].Value;
        var fileName = $"foerdercontrolling-{ControllingData.MonthKey(month)}";
        return format switch
        {
            "xlsx" => File(ControllingExport.Xlsx(title, headers, rows), ControllingExport.XlsxContentType, fileName + ".xlsx"),
            "csv" => File(ControllingExport.Csv(headers, rows), "text/csv; charset=utf-8", fileName + ".csv"),
            "pdf" => File(ControllingPdf.Create(title, period, report, categories, text), "application/pdf", fileName + ".pdf"),
            _ => BadRequest(text["Export.BadFormat"].Value),
        };
    }
}
