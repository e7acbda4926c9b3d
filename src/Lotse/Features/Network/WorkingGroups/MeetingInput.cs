using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>The meeting form as posted; <see cref="Attended"/> holds the ids of the members who were there.</summary>
public sealed class MeetingInput
{
    public string? Date { get; set; }
    public string? Place { get; set; }
    public string? Agenda { get; set; }
    public string? Minutes { get; set; }
    public List<string> Attended { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }

    public static MeetingInput Of(Meeting m) => new()
    {
        Date = FormText.FormatDate(m.Date),
        Place = m.Place,
        Agenda = m.Agenda,
        Minutes = m.Minutes,
        Attended = m.Attendees.Select(a => a.Id.ToString()).ToList(),
        ConcurrencyStamp = m.ConcurrencyStamp.ToString(),
    };

    public sealed record Values(DateOnly Date, string? Place, string? Agenda, string? Minutes, IReadOnlyList<Guid> Attended);

    /// <param name="members">The group's member ids: only they can have attended.</param>
    public Values? Validate(FormErrors errors, IReadOnlySet<Guid> members)
    {
        var date = NetworkForm.Date(errors, nameof(Date), Date, required: true);
        var place = errors.Text(nameof(Place), Place, 300);
        var agenda = errors.Text(nameof(Agenda), Agenda, 20_000);
        var minutes = errors.Text(nameof(Minutes), Minutes, 100_000);
        var attended = new List<Guid>();
        foreach (var value in Attended.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            if (Guid.TryParse(value, out var id) && members.Contains(id))
                attended.Add(id);
            else
            {
                errors.Add(nameof(Attended), "Validation.Choice");
                break;
            }
        }
        return errors.Any ? null : new Values(date!.Value, place, agenda, minutes, attended.Distinct().ToList());
    }

    public static void Apply(Meeting meeting, Values values, IReadOnlyList<WorkingGroupMember> members)
    {
        meeting.Date = values.Date;
        meeting.Place = values.Place;
        meeting.Agenda = values.Agenda;
        meeting.Minutes = values.Minutes;
        foreach (var gone in meeting.Attendees.Where(a => !values.Attended.Contains(a.Id)).ToList())
            meeting.Attendees.Remove(gone);
        foreach (var member in members.Where(m => values.Attended.Contains(m.Id) && meeting.Attendees.All(a => a.Id != m.Id)))
            meeting.Attendees.Add(member);
    }
}
