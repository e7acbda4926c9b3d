namespace Lotse.Features.Finance.CostModel;

/// <summary>What makes a scenario impossible to calculate, as German messages per field.</summary>
public static class ScenarioValidator
{
    /// <summary>Beyond this an amount is a typing error, and decimal arithmetic stays far from overflow.</summary>
    public const decimal MaxAmount = 1_000_000_000m;
    public const int MaxCount = 10_000;
    public const int MaxLines = 500;

    public static List<CostError> Validate(Scenario scenario, RateTable? rates, FundingRules? rules)
    {
        var errors = new List<CostError>();
        if (scenario.OverheadShare is < 0m or > 1m)
            errors.Add(new("overheadShare", "Der Gemeinkostenanteil muss zwischen 0 und 1 liegen (z. B. 0,30 für 30 %)."));
        Count(errors, "workstations", scenario.Workstations, "Die Zahl der Arbeitsplätze");
        Count(errors, "offices", scenario.Offices, "Die Zahl der Büros");
        if (scenario.Workstations > 0 && rates?.WorkstationRate is null)
            errors.Add(new("workstations", NoRate(rates, scenario.Date, "IT-Arbeitsplätze")));
        if (scenario.Offices > 0 && rates?.OfficeRate is null)
            errors.Add(new("offices", NoRate(rates, scenario.Date, "Büros")));
        if (scenario.PersonnelTotal is { } total)
            Amount(errors, "personnelTotal", total.Amount);
        if (scenario.ProjectFunds is { } funds)
            Amount(errors, "projectFunds", funds.Amount);
        if (scenario.Positions.Count + scenario.OtherLines.Count > MaxLines)
            errors.Add(new("positions", $"Ein Szenario hat höchstens {MaxLines} Zeilen."));

        for (var i = 0; i < scenario.Positions.Count && i < MaxLines; i++)
        {
            var position = scenario.Positions[i];
            var field = $"positions[{i}]";
            if (string.IsNullOrWhiteSpace(position.Label))
                errors.Add(new($"{field}.label", $"Stelle {i + 1}: Bitte geben Sie eine Besoldungs-/Entgeltgruppe oder eine Bezeichnung an."));
            if (position.Share is <= 0m or > 1m)
                errors.Add(new($"{field}.share", $"Stelle {i + 1}: Der Stellenanteil muss größer als 0 und höchstens 1 sein."));
            if (position.Amount is { } amount)
            {
                Amount(errors, $"{field}.amount", amount.Amount);
                if (scenario.PersonnelTotal is not null)
                    errors.Add(new($"{field}.amount", $"Stelle {i + 1}: Ist die Summe der Personalkosten eingegeben, hat keine Stelle einen eigenen Betrag."));
            }
            else if (scenario.PersonnelTotal is null && !string.IsNullOrWhiteSpace(position.Label))
            {
                if (rates is null)
                    errors.Add(new($"{field}.amount", $"Stelle {i + 1}: " + NoRate(null, scenario.Date, "Stellen")));
                else if (rates.RateOf(position.Label) is null)
                    errors.Add(new($"{field}.label", $"Stelle {i + 1}: Die Satztabelle „{rates.Name}“ hat keinen Satz für „{position.Label.Trim()}“. Geben Sie den Betrag mit Quelle direkt ein."));
            }
            Subject(errors, $"{field}.fundingSubject", position.FundingSubject, rules, $"Stelle {i + 1}");
        }
        for (var i = 0; i < scenario.OtherLines.Count && i < MaxLines; i++)
        {
            var line = scenario.OtherLines[i];
            var field = $"otherLines[{i}]";
            if (string.IsNullOrWhiteSpace(line.Label))
                errors.Add(new($"{field}.label", $"Weitere Zeile {i + 1}: Bitte geben Sie eine Bezeichnung an."));
            Amount(errors, $"{field}.amount", line.Amount.Amount);
            Subject(errors, $"{field}.fundingSubject", line.FundingSubject, rules, $"Weitere Zeile {i + 1}");
        }

        // Full financing pays the eligible cost, so each funded position needs its own.
        if (rules is not null && scenario.PersonnelTotal is not null)
        {
            for (var i = 0; i < scenario.Positions.Count && i < MaxLines; i++)
            {
                var rule = FundingCalculator.RuleFor(rules, scenario.Positions[i].FundingSubject);
                if (rule is { Mode: FundingMode.FullFinancing })
                    errors.Add(new($"positions[{i}].fundingSubject",
                        $"Stelle {i + 1}: „{rule.Subject}“ wird voll finanziert (bis zum Höchstbetrag); dafür braucht die Stelle ihre eigenen Kosten statt nur der Summe der Personalkosten."));
            }
        }
        return errors;
    }

    private static string NoRate(RateTable? rates, DateOnly date, string what) => rates is null
        ? $"Für den {date:dd.MM.yyyy} gibt es keine gültige Satztabelle; ohne sie lassen sich {what} nicht berechnen."
        : $"Die Satztabelle „{rates.Name}“ hat keinen Satz für {what}.";

    private static void Count(List<CostError> errors, string field, int value, string what)
    {
        if (value < 0)
            errors.Add(new(field, $"{what} darf nicht negativ sein."));
        else if (value > MaxCount)
            errors.Add(new(field, $"{what} darf höchstens {MaxCount} sein."));
    }

    private static void Amount(List<CostError> errors, string field, decimal value)
    {
        if (value < 0m)
            errors.Add(new(field, "Der Betrag darf nicht negativ sein."));
        else if (value > MaxAmount)
            errors.Add(new(field, $"Der Betrag darf höchstens {Euro.Format(MaxAmount)} sein."));
    }

    private static void Subject(List<CostError> errors, string field, string? subject, FundingRules? rules, string what)
    {
        if (string.IsNullOrWhiteSpace(subject) || rules is null)
            return;
        if (FundingCalculator.RuleFor(rules, subject) is null)
            errors.Add(new(field, $"{what}: Das Regelwerk „{rules.Name}“ kennt den Fördergegenstand „{subject.Trim()}“ nicht."));
    }
}
