using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Network.Relations;

/// <summary>The relation form as posted: every field a string, checked in <see cref="Validate"/>.</summary>
public sealed class RelationInput
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Kind { get; set; }
    public string? Since { get; set; }
    public string? Note { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static RelationInput Of(ActorRelation r) => new()
    {
        From = r.FromOrganizationId.ToString(),
        To = r.ToOrganizationId.ToString(),
        Kind = r.Kind,
        Since = FormText.FormatDate(r.Since),
        Note = r.Note,
        ConcurrencyStamp = r.ConcurrencyStamp.ToString(),
    };

    public sealed record Values(Guid From, Guid To, string Kind, DateOnly? Since, string? Note)
    {
        public void ApplyTo(ActorRelation r)
        {
            r.FromOrganizationId = From;
            r.ToOrganizationId = To;
            r.Kind = Kind;
            r.Since = Since;
            r.Note = Note;
        }
    }

    /// <param name="organizations">Ids of the existing organizations.</param>
    public Values? Validate(FormErrors errors, IReadOnlySet<Guid> organizations)
    {
        var from = Actor(errors, nameof(From), From, organizations);
        var to = Actor(errors, nameof(To), To, organizations);
        if (from is not null && from == to)
            errors.Add(nameof(To), "Validation.Relation.SameActor");
        var kind = NetworkForm.Code(errors, nameof(Kind), Kind, RelationKinds.All as IReadOnlyCollection<string>);
        var since = NetworkForm.Date(errors, nameof(Since), Since);
        var note = errors.Text(nameof(Note), Note, 2000);
        return errors.Any ? null : new Values(from!.Value, to!.Value, kind!, since, note);
    }

    private static Guid? Actor(FormErrors errors, string field, string? value, IReadOnlySet<Guid> organizations)
    {
        if (FormText.Clean(value) is null)
        {
            errors.Add(field, "Validation.ActorRequired");
            return null;
        }
        var id = errors.Id(field, value);
        if (id is { } known && !organizations.Contains(known))
        {
            errors.Add(field, "Validation.Choice");
            return null;
        }
        return id;
    }
}
