using Lotse.Features.Editorial.Freshness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class ConfirmationTokenConfiguration : IEntityTypeConfiguration<ConfirmationToken>
{
    public void Configure(EntityTypeBuilder<ConfirmationToken> b)
    {
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.Email).HasMaxLength(254);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.OfferId);
        b.HasOne(t => t.Offer).WithMany().HasForeignKey(t => t.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
