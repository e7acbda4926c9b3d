using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.SpreadsheetImport;
using Lotse.Features.Finance.Levy;
using Lotse.Features.Operations.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

/// <summary>
/// Monthly actuals from a CSV (columns Monat, Kategorie, Stelle, Betrag): every row checked first; then the actuals of
/// each named month, category and position are replaced, all in one save, or nothing when any row is wrong.
/// </summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
[RequestSizeLimit(MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 1024 * 1024)]
public sealed class ImportModel(LotseDbContext db, CategoryText categories, TimeProvider clock, UploadScanner scanner, IStringLocalizer<ControllingResource> text) : PageModel
{
    public const long MaxFileBytes = 1024 * 1024;
    private const int MaxRows = 5000;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public FundingPeriod Period { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public int ImportedCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = await ControllingData.LoadAsync(db, id, track: false, cancellationToken);
        if (period is null)
            return NotFound();
        Period = period;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = await ControllingData.LoadAsync(db, id, track: true, cancellationToken);
        if (period is null)
            return NotFound();
        Period = period;
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), text["Import.Required"]);
        else if (!Upload.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Upload), text["Import.WrongType"]);
        else if (Upload.Length > MaxFileBytes)
            ModelState.AddModelError(nameof(Upload), text["Import.TooLarge", MaxFileBytes / 1024]);
        if (!ModelState.IsValid)
            return Invalid();

        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (await scanner.RefuseAsync(bytes, "controlling-import", ModelState, nameof(Upload), cancellationToken) is { } refused)
            return Refused(refused);
        var content = CsvText.Decode(bytes);
        var errors = new List<string>();
        var amounts = new List<ControllingAmount>();
        if (content.Contains('\0', StringComparison.Ordinal))
        {
            errors.Add(text["Import.Unreadable"]);
        }
        else
        {
            var table = CsvText.Parse(content, CsvText.DetectSeparator(content), MaxRows + 2);
            Read(period, table, amounts, errors);
        }
        if (errors.Count > 0)
        {
            Errors = errors;
            ModelState.AddModelError(nameof(Upload), text["Import.HasErrors", errors.Count]);
            return Invalid();
        }

        var replaced = period.Amounts.Where(a => a.Kind == ControllingAmountKind.Actual
            && amounts.Any(n => n.Year == a.Year && n.Month == a.Month && n.Category == a.Category && n.FundedPositionId == a.FundedPositionId)).ToList();
        db.ControllingAmounts.RemoveRange(replaced);
        db.ControllingAmounts.AddRange(amounts);
        // Touching the period makes a concurrent monthly entry collide instead of mixing with this import.
        period.LastModified = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        ImportedCount = amounts.Count;
        return Page();
    }

    private void Read(FundingPeriod period, List<List<string>> table, List<ControllingAmount> amounts, List<string> errors)
    {
        if (table.Count < 2)
        {
            errors.Add(text["Import.Empty"]);
            return;
        }
        if (table.Count > MaxRows + 1)
        {
            errors.Add(text["Import.TooManyRows", MaxRows]);
            return;
        }
        var header = table[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int month = header.IndexOf("monat"), category = header.IndexOf("kategorie"), position = header.IndexOf("stelle"), amount = header.IndexOf("betrag");
        if (month < 0 || category < 0 || amount < 0)
        {
            errors.Add(text["Import.Columns"]);
            return;
        }
        for (var r = 1; r < table.Count; r++)
        {
            var cells = table[r];
            if (cells.All(string.IsNullOrWhiteSpace))
                continue;
            string Cell(int index) => index >= 0 && index < cells.Count ? cells[index].Trim() : "";
            var line = r + 1;
            var parsedMonth = ControllingData.TryParseMonth(Cell(month));
            if (parsedMonth is null || !period.Contains(parsedMonth.Value.Year, parsedMonth.Value.Month))
                errors.Add(text["Import.Month", line, Cell(month)]);
            var parsedCategory = categories.Parse(Cell(category));
            if (parsedCategory is null)
                errors.Add(text["Import.Category", line, Cell(category)]);
            Guid? positionId = null;
            if (Cell(position).Length > 0)
            {
                var match = period.Positions.FirstOrDefault(p => string.Equals(p.Label, Cell(position), StringComparison.OrdinalIgnoreCase));
                if (match is null || parsedCategory is not (null or FundingCategory.Personnel))
                    errors.Add(text["Import.Position", line, Cell(position)]);
                positionId = match?.Id;
            }
            var value = EuroText.Parse(Cell(amount));
            if (value is null or < 0 or > 10_000_000m)
                errors.Add(text["Import.Amount", line, Cell(amount)]);
            if (parsedMonth is { } m && parsedCategory is { } c && value is { } v)
            {
                if (amounts.Any(a => a.Year == m.Year && a.Month == m.Month && a.Category == c && a.FundedPositionId == positionId))
                    errors.Add(text["Import.Duplicate", line]);
                else
                    amounts.Add(new ControllingAmount
                    {
                        Id = Guid.NewGuid(), FundingPeriodId = period.Id, Year = m.Year, Month = m.Month,
                        Category = c, FundedPositionId = positionId, Kind = ControllingAmountKind.Actual, Amount = v,
                    });
            }
        }
    }

    private PageResult Invalid() => Refused(StatusCodes.Status400BadRequest);

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
