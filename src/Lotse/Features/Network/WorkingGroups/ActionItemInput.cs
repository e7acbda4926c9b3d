using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>The action-item form as posted; the owner is one of the group's members.</summary>
public sealed class ActionItemInput
{
    public string? Text { get; set; }
    public string? Owner { get; set; }
    public string? DueOn { get; set; }
    public bool Done { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static ActionItemInput Of(ActionItem a) => new()
    {
        Text = a.Text,
        Owner = a.OwnerMemberId?.ToString(),
        DueOn = FormText.FormatDate(a.DueOn),
        Done = a.Done,
        ConcurrencyStamp = a.ConcurrencyStamp.ToString(),
    };

    public sealed record Values(string Text, Guid? Owner, DateOnly? DueOn, bool Done)
    {
        public void ApplyTo(ActionItem a)
        {
            a.Text = Text;
            a.OwnerMemberId = Owner;
            a.DueOn = DueOn;
            a.Done = Done;
        }
    }

    public Values? Validate(FormErrors errors, IReadOnlySet<Guid> members)
    {
        var text = errors.Text(nameof(Text), Text, 2000, "Validation.Item.TextRequired");
        var owner = errors.Id(nameof(Owner), Owner);
        if (owner is { } id && !members.Contains(id))
            errors.Add(nameof(Owner), "Validation.Choice");
        var due = NetworkForm.Date(errors, nameof(DueOn), DueOn);
        return errors.Any ? null : new Values(text!, owner, due, Done);
    }
}
