using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using static Lotse.Tests.Editorial.Freshness.FreshnessTestData;

namespace Lotse.Tests.Editorial.Freshness;

/// <summary>Reminder mails: queued by the background job's run, sent by MailKit or listed in the back office.</summary>
public sealed class ReminderTests : IAsyncDisposable
{
    private readonly FreshnessAppFactory _factory = new();
    private SmtpSink? _smtp;

    public async ValueTask DisposeAsync()
    {
        _factory.Dispose();
        if (_smtp is not null)
            await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task One_reminder_per_overdue_offer_with_an_address_and_not_again_within_14_days()
    {
        var withOwnAddress = await AddOfferAsync(_factory, "Frauentreff", monthsAgo: 13, email: "treff@traeger.example", organizationEmail: "info@traeger.example");
        var withOrganizationAddress = await AddOfferAsync(_factory, "Hausaufgabenhilfe", monthsAgo: 25, organizationEmail: "buero@verein.example");
        await AddOfferAsync(_factory, "Ohne Adresse", monthsAgo: 13);
        await AddOfferAsync(_factory, "Aktuell", monthsAgo: 3, email: "aktuell@traeger.example");
        await AddOfferAsync(_factory, "Entwurf", monthsAgo: 13, email: "entwurf@traeger.example", status: Lotse.Features.Directory.OfferStatus.Draft);

        Assert.Equal((2, 0), await RunRemindersAsync(_factory));
        var mails = await MailsAsync(_factory);
        Assert.Equal("treff@traeger.example", mails.Single(m => m.OfferId == withOwnAddress.Id).To);
        var mail = mails.Single(m => m.OfferId == withOrganizationAddress.Id);
        Assert.Equal("buero@verein.example", mail.To);
        Assert.Contains("Hausaufgabenhilfe", mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:5080/de/bestaetigen/", mail.Body[mail.Body.IndexOf("http", StringComparison.Ordinal)..], StringComparison.Ordinal);

        // The link in the mail works.
        var page = await AccountsTestData.CreateClient(_factory).GetAsync(LinkPath(mail.Body));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Hausaufgabenhilfe", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal((0, 0), await RunRemindersAsync(_factory));
        _factory.Clock.Advance(TimeSpan.FromDays(13));
        Assert.Equal((0, 0), await RunRemindersAsync(_factory));
        _factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal((2, 0), await RunRemindersAsync(_factory));
        Assert.Equal(4, (await MailsAsync(_factory)).Count);
    }

    [Fact]
    public async Task Public_base_url_comes_from_configuration()
    {
        _factory.Settings["Lotse:PublicBaseUrl"] = "https://wegweiser.example.de/";
        await AddOfferAsync(_factory, "Sprachkurs", monthsAgo: 13, email: "kurs@traeger.example");

        await RunRemindersAsync(_factory);

        Assert.Contains("https://wegweiser.example.de/de/bestaetigen/", Assert.Single(await MailsAsync(_factory)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_mail_server_the_reminders_are_listed_in_the_back_office()
    {
        await AddOfferAsync(_factory, "Sprachcafé", monthsAgo: 13, email: "cafe@traeger.example");
        await RunRemindersAsync(_factory);
        var client = await SignedInAsync(_factory, Roles.CountyEditor);

        var response = await client.GetAsync("/intern/erinnerungen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains("Kein Mailserver eingerichtet", page.Body!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(page.QuerySelectorAll("#erinnerungen tbody tr"));
        Assert.Equal("Queued", row.GetAttribute("data-mail-state"));
        Assert.Contains("cafe@traeger.example", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wartet auf Versand", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("/de/bestaetigen/", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Municipal_editor_sees_reminders_of_their_municipality_only()
    {
        await AddOfferAsync(_factory, "Troisdorfer Treff", monthsAgo: 13, email: "t@traeger.example");
        await AddOfferAsync(_factory, "Siegburger Treff", monthsAgo: 13, Siegburg, email: "s@traeger.example");
        await RunRemindersAsync(_factory);
        var client = await SignedInAsync(_factory, Roles.MunicipalityEditor);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/erinnerungen"));

        var row = Assert.Single(page.QuerySelectorAll("#erinnerungen tbody tr"));
        Assert.Contains("t@traeger.example", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_mail_server_the_reminder_arrives_over_SMTP()
    {
        _smtp = new SmtpSink();
        _factory.Settings["Lotse:Mail:Host"] = "127.0.0.1";
        _factory.Settings["Lotse:Mail:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.Settings["Lotse:Mail:StartTls"] = "false";
        _factory.Settings["Lotse:Mail:From"] = "KIZ Rhein-Sieg <kiz@rhein-sieg.example>";
        var offer = await AddOfferAsync(_factory, "Müttercafé", monthsAgo: 13, email: "muetter@traeger.example");

        Assert.Equal((1, 1), await RunRemindersAsync(_factory));

        var (recipients, message) = Assert.Single(_smtp.Received);
        Assert.Equal(["muetter@traeger.example"], recipients);
        Assert.Equal("kiz@rhein-sieg.example", message.From.Mailboxes.Single().Address);
        Assert.Contains("Müttercafé", message.Subject, StringComparison.Ordinal);
        var link = LinkPath(message.TextBody ?? "");
        var client = AccountsTestData.CreateClient(_factory);
        var confirmation = await AccountsTestData.ParseAsync(await client.GetAsync(link));
        var post = await client.PostAsync(link, Form(AntiforgeryToken(confirmation)));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(Today(_factory), (await OfferAsync(_factory, offer.Id)).LastVerified);

        var mail = Assert.Single(await MailsAsync(_factory));
        Assert.NotNull(mail.SentAt);
        // The stored copy of a sent mail no longer holds a working link.
        Assert.DoesNotContain(link.Split('/').Last(), mail.Body, StringComparison.Ordinal);
        Assert.Contains("/bestaetigen/[nach dem Versand entfernt]", mail.Body, StringComparison.Ordinal);
        Assert.Equal((0, 0), await RunRemindersAsync(_factory));
        Assert.Single(_smtp.Received);
        var list = await AccountsTestData.ParseAsync(await (await SignedInAsync(_factory, Roles.CountyEditor)).GetAsync("/intern/erinnerungen"));
        Assert.Equal("Sent", list.QuerySelector("#erinnerungen tbody tr")!.GetAttribute("data-mail-state"));
    }

    [Fact]
    public async Task An_unreachable_mail_server_is_recorded_and_retried_up_to_the_cap()
    {
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        _factory.Settings["Lotse:Mail:Host"] = "127.0.0.1";
        _factory.Settings["Lotse:Mail:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.Settings["Lotse:Mail:StartTls"] = "false";
        _factory.Settings["Lotse:Freshness:MaxSendAttempts"] = "2";
        await AddOfferAsync(_factory, "Sprachkurs", monthsAgo: 13, email: "kurs@traeger.example");

        Assert.Equal((1, 0), await RunRemindersAsync(_factory));
        var afterFirst = Assert.Single(await MailsAsync(_factory));
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Null(afterFirst.SentAt);
        Assert.False(string.IsNullOrEmpty(afterFirst.LastError));

        await RunRemindersAsync(_factory);
        await RunRemindersAsync(_factory);
        Assert.Equal(2, Assert.Single(await MailsAsync(_factory)).Attempts);   // given up after the cap

        var page = await AccountsTestData.ParseAsync(await (await SignedInAsync(_factory, Roles.CountyEditor)).GetAsync("/intern/erinnerungen"));
        var row = page.QuerySelector("#erinnerungen tbody tr")!;
        Assert.Equal("Failed", row.GetAttribute("data-mail-state"));
        Assert.Contains("Letzter Fehler", row.TextContent, StringComparison.Ordinal);
    }
}
