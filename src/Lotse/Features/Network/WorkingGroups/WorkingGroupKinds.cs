namespace Lotse.Features.Network.WorkingGroups;

/// <summary>Kinds of working groups (codes stored; German labels "GroupKind.&lt;code&gt;" in NetworkResource).</summary>
public static class WorkingGroupKinds
{
    public const string WorkingGroup = "arbeitskreis";
    public const string RoundTable = "runder_tisch";

    public static readonly IReadOnlyList<string> All = [WorkingGroup, RoundTable];
}
