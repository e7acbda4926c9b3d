using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>The working-group form as posted, checked in <see cref="Validate"/>.</summary>
public sealed class WorkingGroupInput
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Municipality { get; set; }
    public string? Description { get; set; }
    /// <summary>Topic term ids.</summary>
    public List<string> Topics { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }

    public static WorkingGroupInput Of(WorkingGroup g) => new()
    {
        Name = g.Name,
        Kind = g.Kind,
        Municipality = g.MunicipalityId?.ToString(),
        Description = g.Description,
        Topics = g.Topics.Select(t => t.Id.ToString()).ToList(),
        ConcurrencyStamp = g.ConcurrencyStamp.ToString(),
    };

    public sealed record Values(string Name, string Kind, Guid? MunicipalityId, string? Description, IReadOnlyList<Guid> TopicIds);

    public Values? Validate(FormErrors errors, IReadOnlySet<Guid> municipalities, IReadOnlySet<Guid> topics)
    {
        var name = errors.Text(nameof(Name), Name, 300, "Validation.Group.NameRequired");
        var kind = NetworkForm.Code(errors, nameof(Kind), Kind, WorkingGroupKinds.All as IReadOnlyCollection<string>);
        var municipality = errors.Id(nameof(Municipality), Municipality);
        if (municipality is { } m && !municipalities.Contains(m))
            errors.Add(nameof(Municipality), "Validation.Choice");
        var description = errors.Text(nameof(Description), Description, 20_000);
        var topicIds = new List<Guid>();
        foreach (var value in Topics.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (Guid.TryParse(value, out var id) && topics.Contains(id))
                topicIds.Add(id);
            else
            {
                errors.Add(nameof(Topics), "Validation.Choice");
                break;
            }
        }
        return errors.Any ? null : new Values(name!, kind!, municipality, description, topicIds.Distinct().ToList());
    }
}
