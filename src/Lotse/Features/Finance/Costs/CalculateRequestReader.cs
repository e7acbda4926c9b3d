using System.Text.Json;
using Lotse.Features.Finance.CostModel;
using static Lotse.Features.Finance.Costs.CostsApiContracts;

namespace Lotse.Features.Finance.Costs;

/// <summary>
/// Reads the body of POST /api/v1/costs/calculate itself (not by model binding), so that a missing, malformed,
/// oversized or too deeply nested body gets a German 400 naming where it went wrong.
/// </summary>
public static class CalculateRequestReader
{
    public const int MaxBodyBytes = 256 * 1024;
    public const int MaxDepth = 16;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { MaxDepth = MaxDepth };

    public static async Task<(CalculateRequest? Request, List<CostError> Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return (null, [new("body", $"Das Szenario ist zu groß (höchstens {MaxBodyBytes / 1024} KB).")]);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
                return (null, [new("body", $"Das Szenario ist zu groß (höchstens {MaxBodyBytes / 1024} KB).")]);
        }
        if (buffer.Length == 0)
            return (null, [new("body", "Die Anfrage enthält kein Szenario. Senden Sie es als JSON im Inhalt der Anfrage.")]);
        try
        {
            var parsed = JsonSerializer.Deserialize<CalculateRequest>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return parsed is null
                ? (null, [new("body", "Die Anfrage enthält kein Szenario (null).")])
                : (parsed, []);
        }
        catch (JsonException exception)
        {
            // A value of the wrong type names its field; broken syntax or nesting is about the whole body.
            var wrongType = exception.Message.Contains("could not be converted", StringComparison.Ordinal);
            var field = !wrongType || exception.Path is null or "$" ? "body" : exception.Path.TrimStart('$', '.');
            var where = exception.LineNumber is { } line ? $" (Zeile {line + 1}, Zeichen {exception.BytePositionInLine + 1})" : "";
            var message = exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"Das JSON ist zu tief verschachtelt (höchstens {MaxDepth} Ebenen)."
                : wrongType
                    ? $"Der Wert hat den falschen Typ{where}."
                    : $"Das JSON ist ungültig{where}.";
            return (null, [new(field, message)]);
        }
    }

    /// <summary>The inline rule set of a request, or the errors of its rows.</summary>
    public static FundingRules? InlineRules(FundingRulesInput input, List<CostError> errors)
    {
        var rows = new List<FundingRuleRow>();
        var inputs = input.Rows ?? [];
        if (inputs.Count > ScenarioValidator.MaxLines)
            errors.Add(new("fundingRules.rows", $"Ein Regelwerk hat höchstens {ScenarioValidator.MaxLines} Zeilen."));
        for (var i = 0; i < inputs.Count && i < ScenarioValidator.MaxLines; i++)
        {
            var row = inputs[i];
            var field = $"fundingRules.rows[{i}]";
            if (string.IsNullOrWhiteSpace(row.Subject))
                errors.Add(new($"{field}.subject", $"Regel {i + 1}: Bitte geben Sie den Fördergegenstand an."));
            if (!Enum.TryParse<FundingRuleKind>(row.Kind ?? nameof(FundingRuleKind.Position), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(row.Kind, out _))
                errors.Add(new($"{field}.kind", $"Regel {i + 1}: Art muss position, lump, totalCap oder noCost sein."));
            if (!Enum.TryParse<FundingMode>(row.Mode ?? nameof(FundingMode.FixedAmount), ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || int.TryParse(row.Mode, out _))
                errors.Add(new($"{field}.mode", $"Regel {i + 1}: Förderart muss fixedAmount (Festbetrag) oder fullFinancing (Vollfinanzierung) sein."));
            if (row.Cap is < 0m or > ScenarioValidator.MaxAmount)
                errors.Add(new($"{field}.cap", $"Regel {i + 1}: Der Höchstbetrag muss zwischen 0 und {Euro.Format(ScenarioValidator.MaxAmount)} liegen."));
            if (row.MaxCount is < 0 or > ScenarioValidator.MaxCount)
                errors.Add(new($"{field}.maxCount", $"Regel {i + 1}: Die Höchstzahl muss zwischen 0 und {ScenarioValidator.MaxCount} liegen."));
            if (row.UnitShare is <= 0m or > 1m)
                errors.Add(new($"{field}.unitShare", $"Regel {i + 1}: Der Stellenanteil je Einheit muss größer als 0 und höchstens 1 sein."));
            rows.Add(new FundingRuleRow(row.Subject?.Trim() ?? "", kind, mode, row.Cap, row.MaxCount, row.UnitShare));
        }
        return new FundingRules(string.IsNullOrWhiteSpace(input.Name) ? "Regelwerk der Anfrage" : input.Name.Trim(), DateOnly.MinValue, rows);
    }

    /// <summary>The rates of a request as a table valid on the scenario's date, or the errors of its values.</summary>
    public static RateTable InlineRates(RatesInput input, DateOnly date, List<CostError> errors)
    {
        var grades = input.PayGrades ?? new Dictionary<string, decimal>();
        if (grades.Count > ScenarioValidator.MaxLines)
            errors.Add(new("rates.payGrades", $"Höchstens {ScenarioValidator.MaxLines} Sätze."));
        foreach (var (grade, rate) in grades.Take(ScenarioValidator.MaxLines))
        {
            if (string.IsNullOrWhiteSpace(grade))
                errors.Add(new("rates.payGrades", "Ein Satz hat keine Besoldungs-/Entgeltgruppe."));
            if (rate is < 0m or > ScenarioValidator.MaxAmount)
                errors.Add(new($"rates.payGrades.{grade}", $"Der Satz für „{grade}“ muss zwischen 0 und {Euro.Format(ScenarioValidator.MaxAmount)} liegen."));
        }
        if (input.Workstation is < 0m or > ScenarioValidator.MaxAmount)
            errors.Add(new("rates.workstation", "Der Satz je Arbeitsplatz darf nicht negativ und nicht unsinnig groß sein."));
        if (input.Office is < 0m or > ScenarioValidator.MaxAmount)
            errors.Add(new("rates.office", "Der Satz je Büro darf nicht negativ und nicht unsinnig groß sein."));
        return new RateTable("Sätze der Anfrage", date, date, input.Source, grades, input.Workstation, input.Office);
    }

    public static Scenario ToScenario(CalculateRequest request, DateOnly date) => new(
        string.IsNullOrWhiteSpace(request.Name) ? "Szenario" : request.Name.Trim(),
        date,
        (request.Positions ?? []).Select(p => new PositionLine(p?.Label ?? "", p?.Share ?? 0m,
            p?.Amount is { } a ? new EnteredAmount(a, p.Source) : null, p?.FundingSubject)).ToList(),
        request.OverheadShare,
        request.Workstations,
        request.Offices,
        request.ProjectFunds is { } funds ? new EnteredAmount(funds, request.ProjectFundsSource) : null,
        (request.OtherLines ?? []).Select(o => new OtherLine(o?.Label ?? "", new EnteredAmount(o?.Amount ?? 0m, o?.Source), o?.FundingSubject)).ToList(),
        request.PersonnelTotal is { } total ? new EnteredAmount(total, request.PersonnelTotalSource) : null);
}
