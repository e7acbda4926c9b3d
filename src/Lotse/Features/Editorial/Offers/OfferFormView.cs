using Microsoft.AspNetCore.Html;

namespace Lotse.Features.Editorial.Offers;

/// <summary>What the shared form partial (_OfferFields) shows: the values, the choices, and whether it can be changed.</summary>
public sealed record OfferFormView(OfferForm Form, OfferFormOptions Options, bool ReadOnly, IHtmlContent DescriptionPreview);
