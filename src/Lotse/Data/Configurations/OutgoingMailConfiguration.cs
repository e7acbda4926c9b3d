using Lotse.Features.Directory;
using Lotse.Features.Editorial.Freshness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> b)
    {
        b.ToTable("OutgoingMails");
        b.Property(m => m.To).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(500);
        b.Property(m => m.Body).HasMaxLength(20_000);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.HasIndex(m => new { m.SentAt, m.CreatedAt });
        b.HasIndex(m => new { m.OfferId, m.CreatedAt });
        // The mail outlives a deleted offer: it is a record of what was sent.
        b.HasOne<Offer>().WithMany().HasForeignKey(m => m.OfferId).OnDelete(DeleteBehavior.SetNull);
    }
}
