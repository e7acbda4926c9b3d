namespace Lotse.Data.Seed.Demo;

/// <summary>
/// One kind of fictional offer, instantiated once per municipality that gets it. Texts may use
/// the placeholders {ort} (town), {stadtteil} (district) and {traeger} (provider).
/// </summary>
internal sealed record ExampleOfferTemplate
{
    /// <summary>Part of the stable offer id; never change it once released.</summary>
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required string[] Topics { get; init; }
    public required string[] Audiences { get; init; }
    public required ProviderKind Provider { get; init; }
    /// <summary>Markdown.</summary>
    public required string Description { get; init; }
    public string? Eligibility { get; init; }
    public string? Application { get; init; }
    public CostKind Cost { get; init; } = CostKind.Free;
    public ScheduleKind Schedule { get; init; } = ScheduleKind.None;
    public DateKind Dates { get; init; } = DateKind.Ongoing;
    /// <summary>Languages besides German the offer may be delivered in (space separated ISO codes).</summary>
    public string LanguagePool { get; init; } = "";
    public int MinExtraLanguages { get; init; }
    public int MaxExtraLanguages { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    /// <summary>A place of its own (e.g. "Sporthalle {stadtteil}") instead of the provider's office.</summary>
    public string? Venue { get; init; }
    /// <summary>The venue is an open-air place (square, pitch, garden): it gets no building's accessibility notes.</summary>
    public bool VenueOutdoors { get; init; }
    /// <summary>Role of the contact person, e.g. "Kursleitung".</summary>
    public string ContactRole { get; init; } = "Ansprechperson";
    /// <summary>Local part of the offer's e-mail address at the provider's domain.</summary>
    public string Mailbox { get; init; } = "info";
}

internal enum ProviderKind
{
    Welfare,
    MigrationService,
    Education,
    FamilyCentre,
    Initiative,
    MigrantAssociation,
    SportsClub,
    IntegrationOffice,
    YouthCentre,
}

internal enum CostKind
{
    Free,
    /// <summary>Course fee per teaching hour (1,95 €).</summary>
    FeePerLesson,
    /// <summary>Integration course: contribution set by the federal office, waivable.</summary>
    IntegrationCourse,
    /// <summary>A small contribution per meeting or for material.</summary>
    SmallContribution,
    /// <summary>A fee for the whole course or training, reduced on request.</summary>
    CourseFee,
}

internal enum ScheduleKind
{
    None,
    OfficeHours,
    WeeklyMorning,
    WeeklyAfternoon,
    WeeklyEvening,
    CourseMornings,
    CourseEvenings,
    SchoolAfternoons,
    Saturday,
}

internal enum DateKind
{
    Ongoing,
    /// <summary>A course of several months.</summary>
    Course,
    /// <summary>A series of a few weeks.</summary>
    Series,
    /// <summary>One day.</summary>
    SingleDay,
}
