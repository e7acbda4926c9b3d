using System.Globalization;
using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Offers;

/// <summary>
/// The offer form as posted. Every value is bound as text, so that a wrong entry gets a German message
/// from <see cref="OfferFormValidator"/> instead of a model-binding error.
/// </summary>
public sealed class OfferForm
{
    /// <summary>The municipality choice for "kreisweit" (no municipality); an empty value means "not chosen".</summary>
    public const string CountyWide = "kreisweit";
    public const int EmptyScheduleRows = 3;
    public const int EmptyCostRows = 2;

    public string? Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? OrganizationId { get; set; }
    public string? MunicipalityId { get; set; }
    public string? FeesDescription { get; set; }
    public bool IsFree { get; set; }
    public string? EligibilityDescription { get; set; }
    public string? ApplicationProcess { get; set; }
    public string? MinimumAge { get; set; }
    public string? MaximumAge { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string? ReviewIntervalMonths { get; set; } = Offer.DefaultReviewIntervalMonths.ToString(CultureInfo.InvariantCulture);
    public List<string> TermIds { get; set; } = [];
    public List<string> LanguageIds { get; set; } = [];
    public List<string> LocationIds { get; set; } = [];
    public List<ScheduleRow> Schedules { get; set; } = [];
    public List<CostRow> CostOptions { get; set; } = [];

    /// <summary>The offer's stamp when the form was loaded (hidden field).</summary>
    public string? ConcurrencyStamp { get; set; }

    /// <summary>"Trotzdem speichern" after a duplicate warning.</summary>
    public bool ConfirmDuplicate { get; set; }

    public static OfferForm From(OfferSnapshot s, Guid? stamp) => new()
    {
        Name = s.Name,
        AlternateName = s.AlternateName,
        Description = s.Description,
        Url = s.Url,
        Email = s.Email,
        Phone = s.Phone,
        OrganizationId = s.OrganizationId == Guid.Empty ? null : s.OrganizationId.ToString(),
        MunicipalityId = s.MunicipalityId?.ToString() ?? CountyWide,
        FeesDescription = s.FeesDescription,
        IsFree = s.IsFree,
        EligibilityDescription = s.EligibilityDescription,
        ApplicationProcess = s.ApplicationProcess,
        MinimumAge = s.MinimumAge?.ToString(CultureInfo.InvariantCulture),
        MaximumAge = s.MaximumAge?.ToString(CultureInfo.InvariantCulture),
        StartsOn = s.StartsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndsOn = s.EndsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReviewIntervalMonths = s.ReviewIntervalMonths.ToString(CultureInfo.InvariantCulture),
        TermIds = s.TermIds.Select(i => i.ToString()).ToList(),
        LanguageIds = s.LanguageIds.Select(i => i.ToString()).ToList(),
        LocationIds = s.LocationIds.Select(i => i.ToString()).ToList(),
        Schedules = s.Schedules.Select(x => new ScheduleRow
        {
            Weekday = x.Weekday.ToString(),
            OpensAt = x.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = x.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            Note = x.Note,
        }).ToList(),
        CostOptions = s.CostOptions.Select(c => new CostRow
        {
            Option = c.Option,
            Amount = c.Amount?.ToString("0.00", CultureInfo.GetCultureInfo("de-DE")),
            AmountDescription = c.AmountDescription,
        }).ToList(),
        ConcurrencyStamp = stamp?.ToString(),
    };

    /// <summary>Blank rows after the filled ones, so that schedules and prices can be added without JavaScript.</summary>
    public void AddEmptyRows()
    {
        Schedules = Schedules.Where(s => !s.IsEmpty).ToList();
        CostOptions = CostOptions.Where(c => !c.IsEmpty).ToList();
        for (var i = 0; i < EmptyScheduleRows; i++)
            Schedules.Add(new ScheduleRow());
        for (var i = 0; i < EmptyCostRows; i++)
            CostOptions.Add(new CostRow());
    }
}

public sealed class ScheduleRow
{
    public string? Weekday { get; set; }
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Weekday) && string.IsNullOrWhiteSpace(OpensAt) && string.IsNullOrWhiteSpace(ClosesAt) && string.IsNullOrWhiteSpace(Note);
}

public sealed class CostRow
{
    public string? Option { get; set; }
    public string? Amount { get; set; }
    public string? AmountDescription { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Option) && string.IsNullOrWhiteSpace(Amount) && string.IsNullOrWhiteSpace(AmountDescription);
}
