namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>The columns the preview table shows per row (the rest would make it unreadably wide).</summary>
public static class PreviewColumns
{
    public static readonly IReadOnlyList<ColumnKind> Shown =
    [
        ColumnKind.Name, ColumnKind.Organization, ColumnKind.Municipality, ColumnKind.Street, ColumnKind.PostalCode,
        ColumnKind.Topics, ColumnKind.Types, ColumnKind.Audiences, ColumnKind.Languages, ColumnKind.StartsOn, ColumnKind.EndsOn,
    ];
}
