using System.Net.Http.Json;
using System.Text.Json;

namespace Lotse.Tests.Faults.Infra;

/// <summary>The summary line of a fault scenario, appended to the file named by LOTSE_RELIABILITY_REPORT (if set).</summary>
public static class FaultReport
{
    public static void Append(string line)
    {
        var file = Environment.GetEnvironmentVariable("LOTSE_RELIABILITY_REPORT");
        if (!string.IsNullOrWhiteSpace(file))
            File.AppendAllText(file, line + Environment.NewLine);
    }

    /// <summary>The overall status and one (status, description) per check of <c>GET /health</c>.</summary>
    public static async Task<(int Code, string Status, Dictionary<string, (string Status, string? Description)> Checks)> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var checks = json.GetProperty("checks").EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.GetProperty("status").GetString()!, p.Value.GetProperty("description").GetString()));
        return ((int)response.StatusCode, json.GetProperty("status").GetString()!, checks);
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
