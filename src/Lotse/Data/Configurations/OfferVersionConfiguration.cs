using Lotse.Features.Editorial.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class OfferVersionConfiguration : IEntityTypeConfiguration<OfferVersion>
{
    public void Configure(EntityTypeBuilder<OfferVersion> b)
    {
        b.ToTable("OfferVersions");
        b.Property(v => v.ActorName).HasMaxLength(256);
        b.Property(v => v.Source).HasMaxLength(50);
        // Two concurrent saves cannot both write version n: the second fails and rolls back.
        b.HasIndex(v => new { v.OfferId, v.Number }).IsUnique();
    }
}
