using Lotse.Features.Editorial.Revisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class OfferRevisionConfiguration : IEntityTypeConfiguration<OfferRevision>
{
    public void Configure(EntityTypeBuilder<OfferRevision> b)
    {
        b.Ignore(r => r.Snapshot);
        b.Property(r => r.SubmittedByEmail).HasMaxLength(256);
        b.Property(r => r.ReviewedByEmail).HasMaxLength(256);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Reason).HasMaxLength(OfferRevision.ReasonMaxLength);
        b.HasIndex(r => new { r.Status, r.SubmittedAt });
        b.HasOne(r => r.Offer).WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
