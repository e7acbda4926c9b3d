using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>
/// One app with reference data (the 2013 questionnaire) for a test class; each test opens its own round. Signed-in
/// clients are made once per role, since the login is rate-limited per address.
/// </summary>
public sealed class SurveyFactoryFixture : IDisposable
{
    private readonly Dictionary<string, Task<(HttpClient Client, string Email)>> _clients = new();
    private readonly Lock _lock = new();

    public LotseAppFactory Factory { get; } = new(demoData: false);

    /// <summary>Redaktion Kommune for Troisdorf only.</summary>
    public Task<(HttpClient Client, string Email)> TroisdorfEditorAsync() =>
        Cached("troisdorf", () => SurveyTestData.MunicipalityEditorAsync(Factory, SurveyTestData.Troisdorf));

    public async Task<HttpClient> ClientAsync(string role) =>
        (await Cached(role, async () => (await SurveyTestData.SignInAsync(Factory, role), ""))).Client;

    public Task<HttpClient> CountyEditorAsync() => ClientAsync(Roles.CountyEditor);

    private Task<(HttpClient Client, string Email)> Cached(string key, Func<Task<(HttpClient Client, string Email)>> create)
    {
        lock (_lock)
        {
            if (!_clients.TryGetValue(key, out var client))
                _clients[key] = client = create();
            return client;
        }
    }

    public void Dispose() => Factory.Dispose();
}
