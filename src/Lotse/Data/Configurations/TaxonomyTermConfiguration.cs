using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> b)
    {
        b.Property(x => x.HsdsId).HasMaxLength(100);
        b.HasIndex(x => x.HsdsId);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(t => t.Code).HasMaxLength(80);
        b.Property(t => t.Label).HasMaxLength(200);
        b.Property(t => t.Description).HasMaxLength(1000);
        b.HasIndex(t => new { t.TaxonomyId, t.Code }).IsUnique();
    }
}
