namespace Lotse.Features.Editorial.Translations;

/// <summary>Marker for the translation pages' texts (Resources/Features.Editorial.Translations.TranslationsResource.resx).</summary>
public sealed class TranslationsResource;
