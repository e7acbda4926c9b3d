using System.Net;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Portal.Accessibility;

namespace Lotse.Tests.Operations;

/// <summary>A posted field whose name is not a valid binding key is ignored; the form answers as for any other input.</summary>
public sealed class FormKeyBindingTests
{
    [Fact]
    public async Task A_field_name_with_unbalanced_brackets_gets_the_forms_answer_not_a_server_error()
    {
        using var factory = new LotseAppFactory(demoData: false);
        factory.Settings["Lotse:Accessibility:FeedbackPermitLimit"] = "100";
        var client = AccountsTestData.CreateClient(factory);

        foreach (var name in new[] { "field:[a TO", "a[b", "]]][[[" })
        {
            using var response = await FeedbackTestData.SendAsync(client, new() { [name] = "x", ["Input.Message"] = "" });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Rückmeldung", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
