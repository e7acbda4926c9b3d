using Lotse.Features.Editorial.Freshness;
using Lotse.Features.Editorial.History;
using Lotse.Features.Editorial.SpreadsheetImport;
using Lotse.Features.Portal.Suggestions;

namespace Lotse.Features.Editorial;

/// <summary>The back office's services; its pages under /intern/ are found by Razor Pages.</summary>
public static class EditorialSetup
{
    public static IServiceCollection AddEditorial(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddHistory()                       // who changes what: audit log and versions
            .AddFreshness(configuration)        // review dashboard, confirmation links, reminder mails
            .AddSuggestions(configuration)      // the public "Fehler melden" form feeding the review queue
            .AddSpreadsheetImport();            // offers from a municipality's XLSX/CSV, previewed before saving
}
