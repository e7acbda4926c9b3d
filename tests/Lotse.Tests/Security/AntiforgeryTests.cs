using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Security;

/// <summary>ASVS V4.2.2 / V13.2.3: every page that takes a POST refuses one without the antiforgery token, even from a signed-in administrator.</summary>
public sealed class AntiforgeryTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_page_refuses_a_post_without_antiforgery_token()
    {
        var pages = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .ToList();
        // Only the status pages (which re-execute any request) opt out.
        var optedOut = pages.Where(e => e.Metadata.GetMetadata<IgnoreAntiforgeryTokenAttribute>() is not null)
            .Select(e => e.RoutePattern.RawText).Order().ToList();
        Assert.All(optedOut, route => Assert.Contains("fehler", route!, StringComparison.OrdinalIgnoreCase));

        var client = await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, Roles.Administrator));
        var failures = new List<string>();
        foreach (var route in pages.Except(pages.Where(e => e.Metadata.GetMetadata<IgnoreAntiforgeryTokenAttribute>() is not null))
                     .Select(e => e.RoutePattern).DistinctBy(p => p.RawText))
        {
            var path = "/" + string.Join('/', route.PathSegments.Select(s => string.Concat(s.Parts.Select(Sample))));
            var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
            if (response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"{route.RawText} → {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, "Accepted or answered otherwise without a token: " + string.Join(", ", failures));
        Assert.True(pages.Count > 50);
    }

    private static string Sample(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => "1",
        _ => "de",
    };
}
