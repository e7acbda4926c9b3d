using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Revisions;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.Revisions;

public sealed class RevisionTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_providers_change_to_a_published_offer_stays_private_until_a_reviewer_approves_it()
    {
        var offer = await OffersTestData.AddOfferAsync(_factory, "Frauentreff", status: OfferStatus.Published);
        var (provider, providerEmail) = await OffersTestData.SignInAsync(_factory, Roles.Provider, offer.OrganizationId);
        var (reviewer, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);
        var publicPage = $"/de/angebote/{offer.Id}";
        var anonymous = _factory.CreateClient();

        var page = await OffersTestData.GetPageAsync(provider, $"/intern/angebote/{offer.Id}");
        Assert.NotNull(page.QuerySelector("#hinweis-vorschlag"));
        var proposed = await OffersTestData.PostFormAsync(provider, $"/intern/angebote/{offer.Id}",
            f => f.Set("Input.Description", "Neuer Termin: mittwochs um 10 Uhr.").Set("Input.Phone", "02241 4711"));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var after = await OffersTestData.GetPageAsync(provider, proposed.Headers.Location!.OriginalString);
        Assert.Contains("als Vorschlag gespeichert", after.QuerySelector("#meldung").Text());

        var stored = await OffersTestData.LoadOfferAsync(_factory, offer.Id);
        Assert.Equal("Frauentreff: die erste Beschreibung.", stored.Description);
        Assert.Equal(offer.ConcurrencyStamp, stored.ConcurrencyStamp);
        var publicHtml = await anonymous.GetStringAsync(publicPage);
        Assert.Contains("Frauentreff: die erste Beschreibung.", publicHtml);
        Assert.DoesNotContain("mittwochs um 10 Uhr", publicHtml);

        var revision = await OffersTestData.QueryAsync(_factory, db => db.OfferRevisions.AsNoTracking().SingleAsync());
        Assert.Equal((RevisionStatus.Pending, providerEmail, offer.ConcurrencyStamp), (revision.Status, revision.SubmittedByEmail, revision.BaseConcurrencyStamp));
        await OffersTestData.GetPageAsync(provider, $"/intern/revisionen/{revision.Id}", HttpStatusCode.Forbidden);

        var queue = await OffersTestData.GetPageAsync(reviewer, "/intern/revisionen");
        Assert.Equal($"/intern/revisionen/{revision.Id}", queue.QuerySelector("tbody a")!.GetAttribute("href"));
        var review = await OffersTestData.GetPageAsync(reviewer, $"/intern/revisionen/{revision.Id}");
        var rows = review.QuerySelectorAll("#unterschiede tbody tr").ToDictionary(r => r.GetAttribute("data-field")!);
        Assert.Equal(["Description", "Phone"], rows.Keys.Order());
        Assert.Contains("Beschreibung", rows["Description"].Text());
        Assert.Contains("Frauentreff: die erste Beschreibung.", rows["Description"].Text());
        Assert.Contains("mittwochs um 10 Uhr", rows["Description"].Text());
        Assert.Null(review.QuerySelector("#geaendert"));

        var approved = await OffersTestData.PostFormAsync(reviewer, $"/intern/revisionen/{revision.Id}", _ => { }, "form[action*=Approve]");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        publicHtml = await anonymous.GetStringAsync(publicPage);
        Assert.Contains("Neuer Termin: mittwochs um 10 Uhr.", publicHtml);
        stored = await OffersTestData.LoadOfferAsync(_factory, offer.Id);
        Assert.Equal((OfferStatus.Published, "02241 4711"), (stored.Status, stored.Phone));
        Assert.Equal(RevisionStatus.Approved, (await OffersTestData.QueryAsync(_factory, db => db.OfferRevisions.SingleAsync())).Status);
        Assert.Empty((await OffersTestData.GetPageAsync(reviewer, "/intern/revisionen")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_a_changed_offer_is_pointed_out()
    {
        var offer = await OffersTestData.AddOfferAsync(_factory, "Nähwerkstatt", status: OfferStatus.Published);
        var foreign = await OffersTestData.AddOfferAsync(_factory, "Siegburger Treff", OffersTestData.Siegburg, OfferStatus.Published);
        var (provider, _) = await OffersTestData.SignInAsync(_factory, Roles.Provider, offer.OrganizationId);
        await OffersTestData.AddOrganizationScopeAsync(_factory, (await OffersTestData.QueryAsync(_factory, db => db.Users.SingleAsync(u => u.Email!.EndsWith("@test.example")))).Email!, foreign.OrganizationId);
        var (reviewer, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);
        await OffersTestData.PostFormAsync(provider, $"/intern/angebote/{offer.Id}", f => f.Set("Input.AlternateName", "Nähcafé"));
        await OffersTestData.PostFormAsync(provider, $"/intern/angebote/{foreign.Id}", f => f.Set("Input.AlternateName", "Treff"));
        var revisions = await OffersTestData.QueryAsync(_factory, db => db.OfferRevisions.ToDictionaryAsync(r => r.OfferId, r => r.Id));

        // Siegburg is not the Troisdorf reviewer's: not in the queue, 403 on the page.
        Assert.Single((await OffersTestData.GetPageAsync(reviewer, "/intern/revisionen")).QuerySelectorAll("tbody tr"));
        await OffersTestData.GetPageAsync(reviewer, $"/intern/revisionen/{revisions[foreign.Id]}", HttpStatusCode.Forbidden);
        await OffersTestData.GetPageAsync(reviewer, $"/intern/revisionen/{Guid.NewGuid()}", HttpStatusCode.NotFound);

        // The offer changes after the proposal: the review page says so.
        await OffersTestData.PostFormAsync(reviewer, $"/intern/angebote/{offer.Id}", f => f.Set("Input.Phone", "02241 1"));
        var url = $"/intern/revisionen/{revisions[offer.Id]}";
        Assert.NotNull((await OffersTestData.GetPageAsync(reviewer, url)).QuerySelector("#geaendert"));

        var noReason = await OffersTestData.PostFormAsync(reviewer, url, f => f.Set("Reason", " "), "form[action*=Reject]");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Bitte begründen Sie die Ablehnung.", (await OffersTestData.ParseAsync(noReason)).QuerySelector("#fehler").Text());
        Assert.Equal(RevisionStatus.Pending, (await OffersTestData.QueryAsync(_factory, db => db.OfferRevisions.SingleAsync(r => r.OfferId == offer.Id))).Status);

        var rejected = await OffersTestData.PostFormAsync(reviewer, url, f => f.Set("Reason", "Der Name ist schon vergeben."), "form[action*=Reject]");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var revision = await OffersTestData.QueryAsync(_factory, db => db.OfferRevisions.SingleAsync(r => r.OfferId == offer.Id));
        Assert.Equal((RevisionStatus.Rejected, "Der Name ist schon vergeben."), (revision.Status, revision.Reason));
        Assert.Null((await OffersTestData.LoadOfferAsync(_factory, offer.Id)).AlternateName);
    }
}
