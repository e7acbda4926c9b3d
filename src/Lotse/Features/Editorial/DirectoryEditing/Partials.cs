namespace Lotse.Features.Editorial.DirectoryEditing;

/// <summary>Paths of the shared partials, for pages in the sibling folders.</summary>
public static class Partials
{
    public const string Field = "~/Features/Editorial/DirectoryEditing/_Field.cshtml";
    public const string Conflict = "~/Features/Editorial/DirectoryEditing/_Conflict.cshtml";
    public const string ErrorSummary = "~/Features/Accounts/_ErrorSummary.cshtml";
    public const string Pager = "~/Features/Editorial/DirectoryEditing/_Pager.cshtml";
}
