using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> b)
    {
        b.Property(x => x.HsdsId).HasMaxLength(100);
        b.HasIndex(x => x.HsdsId);
        b.Property(t => t.Code).HasMaxLength(50);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Description).HasMaxLength(1000);
        b.HasIndex(t => t.Code).IsUnique();
        b.HasMany(t => t.Terms).WithOne(t => t.Taxonomy).HasForeignKey(t => t.TaxonomyId).OnDelete(DeleteBehavior.Restrict);
    }
}
