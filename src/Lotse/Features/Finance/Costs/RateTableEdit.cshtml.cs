using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Finance.CostModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>Creates (/intern/kosten/saetze/neu) or changes a rate table: validity, source, rates per pay grade, workstation and office.</summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class RateTableEditModel(LotseDbContext db, TimeProvider clock) : PageModel
{
    public const string CreateRoute = "intern/kosten/saetze/neu";
    private const int EmptyRows = 3;

    public sealed class RateInput
    {
        public string? PayGrade { get; set; }
        public string? AnnualRate { get; set; }
    }

    public sealed class TableInput
    {
        public string? Name { get; set; }
        public string? ValidFrom { get; set; }
        public string? ValidTo { get; set; }
        public string? Source { get; set; }
        public string? WorkstationRate { get; set; }
        public string? OfficeRate { get; set; }
        public string? ConcurrencyStamp { get; set; }
        public List<RateInput> Rates { get; set; } = [];
    }

    [BindProperty]
    public TableInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            var table = await db.CostRateTables.AsNoTracking().Include(t => t.Rates).FirstOrDefaultAsync(t => t.Id == existing, cancellationToken);
            if (table is null)
                return NotFound();
            Input = new TableInput
            {
                Name = table.Name, ValidFrom = table.ValidFrom.ToString("yyyy-MM-dd"), ValidTo = table.ValidTo?.ToString("yyyy-MM-dd"), Source = table.Source,
                WorkstationRate = FormNumber.Show(table.WorkstationRate), OfficeRate = FormNumber.Show(table.OfficeRate),
                ConcurrencyStamp = table.ConcurrencyStamp.ToString(),
                Rates = table.Rates.OrderBy(r => r.SortOrder).Select(r => new RateInput { PayGrade = r.PayGrade, AnnualRate = FormNumber.Show(r.AnnualRate) }).ToList(),
            };
        }
        Input.Rates.AddRange(Enumerable.Range(0, EmptyRows).Select(_ => new RateInput()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        CostRateTable? table = null;
        if (id is { } existing)
        {
            table = await db.CostRateTables.Include(t => t.Rates).FirstOrDefaultAsync(t => t.Id == existing, cancellationToken);
            if (table is null)
                return NotFound();
        }
        ModelState.Clear();
        void Error(string field, string message) => ModelState.AddModelError($"Input.{field}", message);
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
            Error(nameof(TableInput.Name), "Bitte geben Sie einen Namen an (höchstens 200 Zeichen).");
        if (!DateOnly.TryParseExact(Input.ValidFrom?.Trim(), "yyyy-MM-dd", out var from))
            Error(nameof(TableInput.ValidFrom), "Bitte geben Sie an, ab wann die Sätze gelten.");
        DateOnly? to = null;
        if (!string.IsNullOrWhiteSpace(Input.ValidTo))
        {
            if (DateOnly.TryParseExact(Input.ValidTo.Trim(), "yyyy-MM-dd", out var parsedTo) && parsedTo >= from)
                to = parsedTo;
            else
                Error(nameof(TableInput.ValidTo), "„Gültig bis“ muss ein Datum ab „Gültig ab“ sein.");
        }
        var source = Input.Source?.Trim();
        if (string.IsNullOrEmpty(source) || source.Length > 500)
            Error(nameof(TableInput.Source), "Bitte nennen Sie die Quelle der Sätze (höchstens 500 Zeichen).");
        var workstation = Amount(nameof(TableInput.WorkstationRate), Input.WorkstationRate);
        var office = Amount(nameof(TableInput.OfficeRate), Input.OfficeRate);
        var rates = new List<(string Grade, decimal Rate)>();
        for (var i = 0; i < Input.Rates.Count; i++)
        {
            var row = Input.Rates[i];
            if (string.IsNullOrWhiteSpace(row.PayGrade) && string.IsNullOrWhiteSpace(row.AnnualRate))
                continue;
            var grade = row.PayGrade?.Trim();
            if (string.IsNullOrEmpty(grade) || grade.Length > 100)
                Error($"Rates[{i}].PayGrade", $"Satz {i + 1}: Bitte geben Sie die Besoldungs-/Entgeltgruppe an.");
            else if (rates.Any(r => PayGrade.Normalize(r.Grade) == PayGrade.Normalize(grade)))
                Error($"Rates[{i}].PayGrade", $"Satz {i + 1}: „{grade}“ steht schon in der Tabelle.");
            var rate = Amount($"Rates[{i}].AnnualRate", row.AnnualRate);
            if (rate is null && !ModelState.ContainsKey($"Input.Rates[{i}].AnnualRate"))
                Error($"Rates[{i}].AnnualRate", $"Satz {i + 1}: Bitte geben Sie den Jahressatz an.");
            if (grade is not null && rate is { } r)
                rates.Add((grade, r));
        }
        Guid stamp = Guid.Empty;
        if (table is not null && !Guid.TryParse(Input.ConcurrencyStamp, out stamp))
            ModelState.AddModelError("", "Dem Formular fehlt sein Bearbeitungsstand; bitte laden Sie die Seite neu.");
        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (table is null)
        {
            table = new CostRateTable { Id = Guid.NewGuid(), Name = name! };
            db.CostRateTables.Add(table);
        }
        else
        {
            db.Entry(table).Property(t => t.ConcurrencyStamp).OriginalValue = stamp;
            db.RemoveRange(table.Rates);
            table.Rates.Clear();
        }
        table.Name = name!;
        table.ValidFrom = from;
        table.ValidTo = to;
        table.Source = source;
        table.WorkstationRate = workstation;
        table.OfficeRate = office;
        table.LastModified = clock.GetUtcNow().UtcDateTime;
        var order = 0;
        foreach (var (grade, rate) in rates)
            table.Rates.Add(new CostRate { Id = Guid.NewGuid(), RateTableId = table.Id, SortOrder = order++, PayGrade = grade, AnnualRate = rate });
        db.AddRange(table.Rates);   // new rows with ids set: added, not taken for existing ones
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Jemand anderes hat diese Satztabelle inzwischen gespeichert. Ihre Eingaben wurden nicht gespeichert; öffnen Sie die Tabelle neu.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect("/intern/kosten/saetze");

        decimal? Amount(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
                return null;
            if (FormNumber.TryParse(value, out var amount) && amount is >= 0m and <= ScenarioValidator.MaxAmount)
                return amount;
            Error(field, "Bitte geben Sie einen Betrag ab 0 in Euro an.");
            return null;
        }
    }
}
