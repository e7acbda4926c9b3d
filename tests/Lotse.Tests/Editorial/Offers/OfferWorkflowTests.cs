using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Offers;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Editorial.Offers;

public sealed class OfferWorkflowTests
{
    [Theory]
    [InlineData(OfferStatus.Draft, OfferTransition.Submit, false, OfferStatus.InReview)]
    [InlineData(OfferStatus.InReview, OfferTransition.Publish, true, OfferStatus.Published)]
    [InlineData(OfferStatus.InReview, OfferTransition.SendBack, true, OfferStatus.Draft)]
    [InlineData(OfferStatus.Published, OfferTransition.Archive, true, OfferStatus.Archived)]
    [InlineData(OfferStatus.Archived, OfferTransition.Reopen, false, OfferStatus.Draft)]
    [InlineData(OfferStatus.InReview, OfferTransition.Publish, false, null)]
    [InlineData(OfferStatus.Published, OfferTransition.Archive, false, null)]
    [InlineData(OfferStatus.Draft, OfferTransition.Publish, true, null)]
    [InlineData(OfferStatus.Draft, OfferTransition.Archive, true, null)]
    [InlineData(OfferStatus.Published, OfferTransition.Submit, true, null)]
    [InlineData(OfferStatus.Archived, OfferTransition.Publish, true, null)]
    public void Only_the_allowed_steps_change_the_status(OfferStatus from, OfferTransition step, bool reviewer, OfferStatus? expected) =>
        Assert.Equal(expected, OfferWorkflow.Apply(from, step, reviewer));

    [Fact]
    public void Providers_see_no_deciding_buttons() =>
        Assert.Equal([OfferTransition.Submit], OfferWorkflow.Available(OfferStatus.Draft, isReviewer: false));

    [Fact]
    public async Task A_provider_submits_for_review_but_cannot_publish_and_a_reviewer_publishes_and_archives()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var offer = await OffersTestData.AddOfferAsync(factory, "Patenschaften");
        var (provider, _) = await OffersTestData.SignInAsync(factory, Roles.Provider, offer.OrganizationId);
        var (reviewer, _) = await OffersTestData.SignInAsync(factory, Roles.MunicipalityEditor);
        var url = $"/intern/angebote/{offer.Id}";

        Assert.Equal(HttpStatusCode.Redirect, (await PostStatusAsync(provider, url, "Submit")).StatusCode);
        Assert.Equal(OfferStatus.InReview, (await OffersTestData.LoadOfferAsync(factory, offer.Id)).Status);

        var page = await OffersTestData.GetPageAsync(provider, url);
        Assert.Empty(page.QuerySelectorAll("button[name=transition]"));
        var refused = await PostStatusAsync(provider, url, "Publish");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("nicht möglich", (await OffersTestData.ParseAsync(refused)).QuerySelector("#status-fehler").Text());
        Assert.Equal(OfferStatus.InReview, (await OffersTestData.LoadOfferAsync(factory, offer.Id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await PostStatusAsync(reviewer, url, "Publish")).StatusCode);
        Assert.Equal(OfferStatus.Published, (await OffersTestData.LoadOfferAsync(factory, offer.Id)).Status);
        // Not a step from "Veröffentlicht": refused, the status stays.
        Assert.Equal(HttpStatusCode.BadRequest, (await PostStatusAsync(reviewer, url, "Reopen")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostStatusAsync(reviewer, url, "Unsinn")).StatusCode);
        Assert.Equal(OfferStatus.Published, (await OffersTestData.LoadOfferAsync(factory, offer.Id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await PostStatusAsync(reviewer, url, "Archive")).StatusCode);
        Assert.Equal(OfferStatus.Archived, (await OffersTestData.LoadOfferAsync(factory, offer.Id)).Status);
    }

    private static async Task<HttpResponseMessage> PostStatusAsync(HttpClient client, string url, string transition)
    {
        var page = await OffersTestData.GetPageAsync(client, url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync($"{url}?handler=Status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["transition"] = transition,
        }));
    }
}
