namespace Lotse.Features.Network.Relations;

/// <summary>The kinds of cooperation between actors (codes stored; German labels "RelationKind.&lt;code&gt;" in NetworkResource).</summary>
public static class RelationKinds
{
    public const string Cooperation = "kooperation";
    public const string Membership = "mitgliedschaft";
    public const string Funding = "foerderung";
    public const string Sponsorship = "traegerschaft";

    public static readonly IReadOnlyList<string> All = [Cooperation, Membership, Funding, Sponsorship];
}
