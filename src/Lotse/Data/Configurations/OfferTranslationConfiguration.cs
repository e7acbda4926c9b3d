using Lotse.Features.Editorial.Translations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class OfferTranslationConfiguration : IEntityTypeConfiguration<OfferTranslation>
{
    public void Configure(EntityTypeBuilder<OfferTranslation> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(t => t.Culture).HasMaxLength(10);
        // The same lengths as the German fields (OfferConfiguration): a translation may be a little longer, not more.
        b.Property(t => t.Name).HasMaxLength(300);
        b.Property(t => t.AlternateName).HasMaxLength(300);
        b.Property(t => t.Description).HasMaxLength(20_000);
        b.Property(t => t.FeesDescription).HasMaxLength(2000);
        b.Property(t => t.EligibilityDescription).HasMaxLength(2000);
        b.Property(t => t.ApplicationProcess).HasMaxLength(2000);
        b.Property(t => t.SourceHash).HasMaxLength(64);
        b.Property(t => t.TranslatedBy).HasMaxLength(256);
        b.Ignore(t => t.Texts);
        b.HasIndex(t => new { t.OfferId, t.Culture }).IsUnique();
        b.HasOne(t => t.Offer).WithMany().HasForeignKey(t => t.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
