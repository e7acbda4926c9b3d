namespace Lotse.Features.Overview.Nrw;

/// <summary>The status categories of the 2013 table (codes as in nrw-kiz-status-2013.csv; German labels in the resx).</summary>
public static class NrwCategories
{
    public const string CityWithoutRaa = "stadt_ohne_raa";
    public const string CityWithRaa = "stadt_mit_raa";
    public const string CountyWithoutRaa = "kreis_ohne_raa";
    public const string CountyWithRaa = "kreis_mit_raa";
    public const string WithoutKiz = "ohne_kiz";

    public static readonly IReadOnlyList<string> All = [CityWithoutRaa, CityWithRaa, CountyWithoutRaa, CountyWithRaa, WithoutKiz];
}

/// <summary>The status of every entry on a date, from its dated changes.</summary>
public static class NrwStatus
{
    /// <summary>The category of the latest change on or before <paramref name="on"/>; null before the first.</summary>
    public static string? On(IEnumerable<NrwStatusChange> changes, DateOnly on) =>
        changes.Where(c => c.ChangedOn <= on).OrderBy(c => c.ChangedOn).ThenBy(c => c.Id).LastOrDefault()?.Category;

    /// <summary>Entries per category on the date, every category listed (also with 0); entries with no status yet are left out.</summary>
    public static IReadOnlyList<(string Category, int Count)> Counts(IEnumerable<NrwEntry> entries, DateOnly on)
    {
        var statuses = entries.Select(e => On(e.Changes, on)).OfType<string>().ToList();
        return NrwCategories.All.Select(c => (c, statuses.Count(s => s == c))).ToList();
    }
}
