using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Contacts;

/// <summary>The contact person form as posted: every field a string, converted and checked in <see cref="Validate"/>.</summary>
public sealed class ContactInput
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? ConsentGivenOn { get; set; }
    public string? ConsentScope { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static ContactInput From(Contact c) => new()
    {
        Name = c.Name,
        Title = c.Title,
        Department = c.Department,
        Email = c.Email,
        Phone = c.Phone,
        ConsentGivenOn = FormText.FormatDate(c.ConsentGivenOn),
        ConsentScope = c.ConsentScope,
        ConcurrencyStamp = c.ConcurrencyStamp.ToString(),
    };

    /// <summary>The checked values, or null with the messages in <paramref name="errors"/>. A consent needs its date and its scope, and cannot be given in the future.</summary>
    public Values? Validate(FormErrors errors, DateOnly today)
    {
        var name = errors.Text(nameof(Name), Name, 200, "Validation.Contact.NameRequired");
        var title = errors.Text(nameof(Title), Title, 200);
        var department = errors.Text(nameof(Department), Department, 200);
        var email = errors.Email(nameof(Email), Email);
        var phone = errors.Phone(nameof(Phone), Phone);
        DateOnly? consentGivenOn = null;
        if (FormText.Clean(ConsentGivenOn) is { } dateText)
        {
            if (!FormText.TryParseDate(dateText, out var date))
                errors.Add(nameof(ConsentGivenOn), "Validation.Date");
            else if (date > today)
                errors.Add(nameof(ConsentGivenOn), "Validation.ConsentInFuture");
            else
                consentGivenOn = date;
        }
        var consentScope = errors.Text(nameof(ConsentScope), ConsentScope, 500);
        if (FormText.Clean(ConsentGivenOn) is not null && consentScope is null)
            errors.Add(nameof(ConsentScope), "Validation.ConsentScopeRequired");
        else if (FormText.Clean(ConsentGivenOn) is null && consentScope is not null)
            errors.Add(nameof(ConsentGivenOn), "Validation.ConsentDateRequired");
        return errors.Any ? null : new Values(name!, title, department, email, phone, consentGivenOn, consentScope);
    }

    public sealed record Values(string Name, string? Title, string? Department, string? Email, string? Phone, DateOnly? ConsentGivenOn, string? ConsentScope)
    {
        public void ApplyTo(Contact c)
        {
            c.Name = Name;
            c.Title = Title;
            c.Department = Department;
            c.Email = Email;
            c.Phone = Phone;
            c.ConsentGivenOn = ConsentGivenOn;
            c.ConsentScope = ConsentScope;
        }
    }

    /// <summary>The fields as the user reads them, for the conflict comparison.</summary>
    public IReadOnlyList<FieldValue> Readable(IStringLocalizer text) =>
    [
        new(text["Contact.Name"], Name),
        new(text["Contact.Title"], Title),
        new(text["Contact.Department"], Department),
        new(text["Contact.Email"], Email),
        new(text["Contact.Phone"], Phone),
        new(text["Contact.ConsentGivenOn"], ConsentGivenOn),
        new(text["Contact.ConsentScope"], ConsentScope),
    ];
}
