using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Planning.Concept;

/// <summary>The posted fields of a concept version, as strings; checked into the entity by <see cref="ApplyTo"/>.</summary>
public sealed class ConceptVersionInput
{
    public string? Title { get; set; }
    public string? AdoptedBy { get; set; }
    public string? AdoptedOn { get; set; }
    public string? ProcessStartedOn { get; set; }
    public string? FieldsOfAction { get; set; }
    public string? Note { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static ConceptVersionInput From(IntegrationConceptVersion v) => new()
    {
        Title = v.Title,
        AdoptedBy = v.AdoptedBy,
        AdoptedOn = PlanningInput.Format(v.AdoptedOn),
        ProcessStartedOn = PlanningInput.Format(v.ProcessStartedOn),
        FieldsOfAction = v.FieldsOfAction,
        Note = v.Note,
        ConcurrencyStamp = v.ConcurrencyStamp.ToString(),
    };

    /// <summary>Checks every field; applies them only when all are valid. Returns the posted stamp, or null when invalid.</summary>
    public Guid? ApplyTo(IntegrationConceptVersion v, FormErrors errors)
    {
        var title = errors.Text(nameof(Title), Title, 300, "Concept.TitleRequired");
        var adoptedBy = errors.Text(nameof(AdoptedBy), AdoptedBy, 200);
        var adoptedOn = PlanningInput.Date(errors, nameof(AdoptedOn), AdoptedOn);
        var started = PlanningInput.Date(errors, nameof(ProcessStartedOn), ProcessStartedOn);
        var fields = errors.Text(nameof(FieldsOfAction), FieldsOfAction, 4000);
        var note = errors.Text(nameof(Note), Note, 4000);
        if (adoptedOn is not null && adoptedBy is null)
            errors.Add(nameof(AdoptedBy), "Concept.AdoptedByRequired");
        var stamp = errors.Stamp(ConcurrencyStamp);
        if (errors.Any || stamp is null)
            return null;
        v.Title = title!;
        v.AdoptedBy = adoptedBy;
        v.AdoptedOn = adoptedOn;
        v.ProcessStartedOn = started;
        v.FieldsOfAction = fields is null ? null : string.Join('\n', fields.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        v.Note = note;
        return stamp;
    }
}
