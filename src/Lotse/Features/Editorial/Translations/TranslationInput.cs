using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Translations;

/// <summary>The posted translation form: every field a string, checked in <see cref="Validate"/> with German messages.</summary>
public sealed class TranslationInput
{
    public string? Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? FeesDescription { get; set; }
    public string? EligibilityDescription { get; set; }
    public string? ApplicationProcess { get; set; }
    public bool IsMachineTranslated { get; set; }
    /// <summary>Empty for a translation not yet saved.</summary>
    public string? ConcurrencyStamp { get; set; }
    /// <summary>The hash of the German text the form showed: if the German changed meanwhile, the translator must look again.</summary>
    public string? SourceHash { get; set; }

    public static TranslationInput From(OfferTranslation? translation, string sourceHash) => new()
    {
        Name = translation?.Name,
        AlternateName = translation?.AlternateName,
        Description = translation?.Description,
        FeesDescription = translation?.FeesDescription,
        EligibilityDescription = translation?.EligibilityDescription,
        ApplicationProcess = translation?.ApplicationProcess,
        IsMachineTranslated = translation?.IsMachineTranslated ?? false,
        ConcurrencyStamp = translation?.ConcurrencyStamp.ToString(),
        SourceHash = sourceHash,
    };

    /// <summary>
    /// The texts, or null with messages: a field is required exactly when its German source has text (an
    /// optional German field left empty has nothing to translate, and a posted value for it is dropped).
    /// </summary>
    public OfferTexts? Validate(FormErrors errors, OfferTexts source)
    {
        var name = errors.Text(nameof(Name), Name, 300, $"Validation.{nameof(Name)}Required");
        var alternate = Optional(errors, nameof(AlternateName), AlternateName, source.AlternateName, 300);
        var description = errors.Text(nameof(Description), Description, 20_000, $"Validation.{nameof(Description)}Required");
        var fees = Optional(errors, nameof(FeesDescription), FeesDescription, source.FeesDescription, 2000);
        var eligibility = Optional(errors, nameof(EligibilityDescription), EligibilityDescription, source.EligibilityDescription, 2000);
        var application = Optional(errors, nameof(ApplicationProcess), ApplicationProcess, source.ApplicationProcess, 2000);
        if (errors.Any)
            return null;
        return new OfferTexts(name!, alternate, description!, fees, eligibility, application);
    }

    private static string? Optional(FormErrors errors, string field, string? value, string? source, int maxLength) =>
        string.IsNullOrWhiteSpace(source) ? null : errors.Text(field, value, maxLength, $"Validation.{field}Required");

    /// <summary>The fields as the conflict table shows them.</summary>
    public IReadOnlyList<FieldValue> Readable(IStringLocalizer text) =>
    [
        new(text["Field.Name"], Name),
        new(text["Field.AlternateName"], AlternateName),
        new(text["Field.Description"], Description),
        new(text["Field.FeesDescription"], FeesDescription),
        new(text["Field.EligibilityDescription"], EligibilityDescription),
        new(text["Field.ApplicationProcess"], ApplicationProcess),
        new(text["Field.IsMachineTranslated"], IsMachineTranslated ? text["Yes"] : text["No"]),
    ];
}
