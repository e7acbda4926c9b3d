using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Suggestions;

/// <summary>One proposed field: what the offer holds now and what the visitor proposes.</summary>
/// <param name="Key">Field key, e.g. <c>phone</c> or <c>address:{locationId}</c>.</param>
/// <param name="Label">Text key of the field's name; <paramref name="LocationName"/> names the place of an address.</param>
/// <param name="CanApply">False when the proposal cannot be taken over as it is (e.g. opening hours not in the weekday form).</param>
public sealed record ProposedChange(string Key, string Label, string? LocationName, string Current, string Proposed, bool CanApply);

/// <summary>
/// The fields of a suggestion compared with its offer, and taking chosen ones over. The offer must be
/// loaded with its locations and schedules, tracked when applying.
/// </summary>
public static class SuggestedChanges
{
    public const string Name = "name";
    public const string Description = "description";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Website = "website";
    public const string OpeningHours = "hours";
    public const string AddressPrefix = "address:";

    public static IReadOnlyList<ProposedChange> List(Suggestion suggestion, Offer offer)
    {
        var changes = new List<ProposedChange>();
        void Add(string key, string current, string? proposed, bool canApply = true)
        {
            if (proposed is not null)
                changes.Add(new ProposedChange(key, "Field." + key, null, current, proposed, canApply));
        }
        Add(Name, offer.Name, suggestion.ProposedName, suggestion.ProposedName is { Length: > 0 });
        Add(Description, offer.Description, suggestion.ProposedDescription, suggestion.ProposedDescription is { Length: > 0 });
        Add(Phone, offer.Phone ?? "", suggestion.ProposedPhone);
        Add(Email, offer.Email ?? "", suggestion.ProposedEmail);
        Add(Website, offer.Url ?? "", suggestion.ProposedUrl);
        Add(OpeningHours, OpeningHoursText.Format(offer.Schedules), suggestion.ProposedOpeningHours,
            suggestion.ProposedOpeningHours is { } hours && OpeningHoursText.Parse(hours) is not null);
        foreach (var address in suggestion.Addresses)
        {
            // A place removed from the offer since: nothing to apply it to.
            var location = offer.Locations.FirstOrDefault(l => l.Id == address.LocationId);
            var current = location is null ? "" : Format(location.Street, location.PostalCode, location.City);
            var proposed = Format(address.Street ?? location?.Street, address.PostalCode ?? location?.PostalCode, address.City ?? location?.City);
            changes.Add(new ProposedChange(AddressPrefix + address.LocationId, "Field.address", location?.Name, current, proposed, location is not null));
        }
        return changes;
    }

    /// <summary>Takes the fields <paramref name="keys"/> of the suggestion over into the offer (and its locations).</summary>
    public static void Apply(Suggestion suggestion, Offer offer, IReadOnlyCollection<string> keys)
    {
        foreach (var key in keys)
        {
            switch (key)
            {
                case Name: offer.Name = suggestion.ProposedName!; break;
                case Description: offer.Description = suggestion.ProposedDescription!; break;
                case Phone: offer.Phone = EmptyAsNull(suggestion.ProposedPhone); break;
                case Email: offer.Email = EmptyAsNull(suggestion.ProposedEmail); break;
                case Website: offer.Url = EmptyAsNull(suggestion.ProposedUrl); break;
                case OpeningHours:
                    // Removed schedules are orphans of a required relationship: EF Core deletes them.
                    offer.Schedules.Clear();
                    // Without an id: a new entity with a set Guid key would be taken for an existing row.
                    foreach (var s in OpeningHoursText.Parse(suggestion.ProposedOpeningHours!)!)
                        offer.Schedules.Add(new Schedule { OfferId = offer.Id, Weekday = s.Weekday, OpensAt = s.OpensAt, ClosesAt = s.ClosesAt, Note = s.Note });
                    break;
                default:
                    var address = suggestion.Addresses.Single(a => AddressPrefix + a.LocationId == key);
                    var location = offer.Locations.Single(l => l.Id == address.LocationId);
                    if (address.Street is not null) location.Street = EmptyAsNull(address.Street);
                    if (address.PostalCode is not null) location.PostalCode = EmptyAsNull(address.PostalCode);
                    if (address.City is not null) location.City = EmptyAsNull(address.City);
                    break;
            }
        }
    }

    public static string Format(string? street, string? postalCode, string? city)
    {
        var place = string.Join(" ", new[] { postalCode, city }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return string.Join(", ", new[] { street, place }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static string? EmptyAsNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
