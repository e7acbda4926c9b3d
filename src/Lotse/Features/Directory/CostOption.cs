namespace Lotse.Features.Directory;

/// <summary>A price of an offer (HSDS: cost_option).</summary>
public sealed class CostOption
{
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public Offer Offer { get; set; } = null!;
    /// <summary>What the amount is for, e.g. "Kursgebühr je Modul".</summary>
    public required string Option { get; set; }
    public decimal? Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public string? AmountDescription { get; set; }
}
