using System.Globalization;
using System.Text.Json;

namespace Lotse.Tests.Hostile;

/// <summary>
/// Bodies for POST /api/v1/costs/calculate: the scenario's shape with hostile values in every place — numbers out of
/// decimal range, negative and fractional counts, strings where numbers belong, unknown rule sets, duplicate and
/// unknown keys, huge arrays — so that validation (400 with the field named), not the engine, answers.
/// </summary>
public static class CostScenarioJson
{
    private static readonly string[] Numbers =
    [
        "0", "1", "0.5", "-1", "-0.0001", "1.0000000001", "2", "1e308", "-1e308", "1e-400", "1e400", "79228162514264337593543950335",
        "79228162514264337593543950336", "2147483648", "-2147483649", "0.30", "353094", "1.7976931348623157E+308", "5E-324",
    ];

    public static string Next(Random random)
    {
        var fields = new List<string>
        {
            Field(random, "name", Text),
            Field(random, "date", r => r.Next(3) == 0 ? Text(r) : Quoted(Pick(r, ["2013-10-01", "2030-02-29", "0001-01-01", "9999-12-31", "2024-13-01", "01.10.2013", ""]))),
            Field(random, "overheadShare", Number),
            Field(random, "workstations", Number),
            Field(random, "offices", Number),
            Field(random, "personnelTotal", Number),
            Field(random, "personnelTotalSource", Text),
            Field(random, "projectFunds", Number),
            Field(random, "projectFundsSource", Text),
            Field(random, "positions", r => Array(r, Position)),
            Field(random, "otherLines", r => Array(r, OtherLine)),
            Field(random, "rates", Rates),
            Field(random, "ruleSet", r => r.Next(3) == 0 ? Quoted(Pick(r, ["KIZ-Förderung 2013", "KIZ-Förderung (aktuell lt. Bezirksregierung Arnsberg)"])) : Text(r)),
            Field(random, "fundingRules", FundingRules),
        };
        if (random.Next(10) == 0)
            fields.Add(Field(random, "overheadShare", Number));   // the same key twice
        if (random.Next(10) == 0)
            fields.Add($"{Text(random)}:{Value(random)}");          // a key nobody asked for
        return "{" + string.Join(",", fields.Where(f => f.Length > 0)) + "}";
    }

    private static string Position(Random r) =>
        "{" + string.Join(",", new[] { Field(r, "label", Text), Field(r, "share", Number), Field(r, "amount", Number), Field(r, "source", Text), Field(r, "fundingSubject", Text) }.Where(f => f.Length > 0)) + "}";

    private static string OtherLine(Random r) =>
        "{" + string.Join(",", new[] { Field(r, "label", Text), Field(r, "amount", Number), Field(r, "source", Text) }.Where(f => f.Length > 0)) + "}";

    private static string Rates(Random r)
    {
        var payGrades = r.Next(4) == 0 ? Value(r) : "{" + string.Join(",", Enumerable.Range(0, r.Next(0, 4)).Select(_ => Text(r) + ":" + Number(r))) + "}";
        return "{\"payGrades\":" + payGrades + ",\"workstation\":" + Number(r) + ",\"office\":" + Number(r) + ",\"source\":" + Text(r) + "}";
    }

    private static string FundingRules(Random r) => "{\"name\":" + Text(r) + ",\"rows\":" + Array(r, Rule) + "}";

    private static string Rule(Random r) =>
        "{\"subject\":" + Text(r) + ",\"kind\":" + Quoted(Pick(r, ["position", "total", "fixed", "full", "x"])) + ",\"mode\":" + Quoted(Pick(r, ["cap", "fixed", "full", ""]))
        + ",\"cap\":" + Number(r) + ",\"maxCount\":" + Number(r) + ",\"unitShare\":" + Number(r) + "}";

    /// <summary>Mostly omitted or well-formed, sometimes a value of the wrong kind.</summary>
    private static string Field(Random random, string name, Func<Random, string> value) => random.Next(6) switch
    {
        0 => "",
        1 => $"\"{name}\":{Value(random)}",
        _ => $"\"{name}\":{value(random)}",
    };

    private static string Array(Random random, Func<Random, string> item) =>
        random.Next(20) == 0
            ? "[" + string.Join(",", Enumerable.Repeat("{\"label\":\"A 11\",\"share\":0.5,\"amount\":1,\"source\":\"x\"}", random.Next(1000, 20_000))) + "]"   // a huge list
            : "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 6)).Select(_ => item(random))) + "]";

    private static string Number(Random random) => random.Next(5) == 0 ? Value(random) : Pick(random, Numbers);

    private static string Text(Random random) => JsonSerializer.Serialize(HostileStrings.Next(random));

    private static string Quoted(string value) => JsonSerializer.Serialize(value);

    private static string Value(Random random) => random.Next(7) switch
    {
        0 => "null",
        1 => "true",
        2 => "[]",
        3 => "{}",
        4 => HostileStrings.DeepJson(random.Next(10, 300), random.Next(2) == 0),
        5 => random.NextDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => Text(random),
    };

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
