using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Tests.Accounts;

namespace Lotse.Tests.Editorial.PersonalData;

/// <summary>The GDPR person search as a browser sends it: load the form, post the term with the form's antiforgery token.</summary>
public static class PersonalDataSearch
{
    public const string Path = "/intern/datenschutz";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string term)
    {
        var response = await client.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = SearchForm(await AccountsTestData.ParseAsync(response));
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is not null && i.Type == "hidden")
            .ToDictionary(i => i.Name!, i => i.Value);
        fields["suche"] = term;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    public static IHtmlFormElement SearchForm(IHtmlDocument page) =>
        page.QuerySelectorAll("form").OfType<IHtmlFormElement>().Single(f => f.QuerySelector("input[name=suche]") is not null);
}
