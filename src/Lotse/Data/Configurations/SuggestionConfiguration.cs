using Lotse.Features.Editorial.Suggestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.Property(s => s.ProposedName).HasMaxLength(SuggestionLimits.Name);
        b.Property(s => s.ProposedDescription).HasMaxLength(SuggestionLimits.Description);
        b.Property(s => s.ProposedPhone).HasMaxLength(SuggestionLimits.Phone);
        b.Property(s => s.ProposedEmail).HasMaxLength(SuggestionLimits.Email);
        b.Property(s => s.ProposedUrl).HasMaxLength(SuggestionLimits.Url);
        b.Property(s => s.ProposedOpeningHours).HasMaxLength(SuggestionLimits.OpeningHours);
        b.Property(s => s.Comment).HasMaxLength(SuggestionLimits.Comment);
        b.Property(s => s.SubmitterName).HasMaxLength(SuggestionLimits.SubmitterName);
        b.Property(s => s.SubmitterEmail).HasMaxLength(SuggestionLimits.Email);
        // The status is checked on saving, so two reviewers deciding at once cannot both win.
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        b.Property(s => s.DecidedBy).HasMaxLength(256);
        b.Property(s => s.DecisionNote).HasMaxLength(SuggestionLimits.DecisionNote);
        b.Property(s => s.AcceptedFields).HasMaxLength(2000);
        b.HasIndex(s => new { s.Status, s.CreatedAt });
        // A deleted offer takes its suggestions (and the personal data in them) along.
        b.HasOne(s => s.Offer).WithMany().HasForeignKey(s => s.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany(s => s.Addresses, a =>
        {
            a.ToTable("SuggestedAddresses");
            a.WithOwner().HasForeignKey("SuggestionId");
            // One proposed address per place and suggestion.
            a.HasKey("SuggestionId", nameof(SuggestedAddress.LocationId));
            a.Property(x => x.Street).HasMaxLength(SuggestionLimits.Street);
            a.Property(x => x.PostalCode).HasMaxLength(SuggestionLimits.PostalCode);
            a.Property(x => x.City).HasMaxLength(SuggestionLimits.City);
        });
    }
}
