using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Planning.Participation;

/// <summary>A participation entry as posted, for the new-entry form and the edit page alike.</summary>
public sealed class ParticipationInput
{
    public string? ConceptVersionId { get; set; }
    public string? OrganizationId { get; set; }
    public string? ActorText { get; set; }
    public string? TookPartOn { get; set; }
    public string? Form { get; set; }
    public string? Note { get; set; }

    public static ParticipationInput From(ParticipationEntry e) => new()
    {
        ConceptVersionId = e.ConceptVersionId.ToString(), OrganizationId = e.OrganizationId?.ToString(), ActorText = e.ActorText,
        TookPartOn = PlanningInput.Format(e.TookPartOn), Form = e.Form, Note = e.Note,
    };

    /// <summary>Copies a checked entry (from <see cref="ToEntry"/>) onto a stored one.</summary>
    public static void Copy(ParticipationEntry from, ParticipationEntry to) =>
        (to.ConceptVersionId, to.OrganizationId, to.ActorText, to.TookPartOn, to.Form, to.Note) =
        (from.ConceptVersionId, from.OrganizationId, from.ActorText, from.TookPartOn, from.Form, from.Note);

    /// <summary>The checked entry with a new id, or null with the messages in <paramref name="errors"/>.</summary>
    public ParticipationEntry? ToEntry(FormErrors errors, IEnumerable<Guid> versions, IEnumerable<Guid> organizations)
    {
        var version = PlanningInput.Choice(errors, nameof(ConceptVersionId), ConceptVersionId, versions);
        if (version is null && FormText.Clean(ConceptVersionId) is null)
            errors.Add(nameof(ConceptVersionId), "Participation.VersionRequired");
        var organization = PlanningInput.Choice(errors, nameof(OrganizationId), OrganizationId, organizations);
        var actor = errors.Text(nameof(ActorText), ActorText, 300);
        if (organization is null && actor is null && FormText.Clean(OrganizationId) is null)
            errors.Add(nameof(ActorText), "Participation.ActorRequired");
        var on = PlanningInput.Date(errors, nameof(TookPartOn), TookPartOn);
        var form = errors.Text(nameof(Form), Form, 100, "Participation.FormRequired");
        var note = errors.Text(nameof(Note), Note, 4000);
        if (errors.Any)
            return null;
        return new ParticipationEntry
        {
            Id = Guid.NewGuid(), ConceptVersionId = version!.Value, OrganizationId = organization, ActorText = organization is null ? actor : null,
            TookPartOn = on, Form = form!, Note = note,
        };
    }
}
