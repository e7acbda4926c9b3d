using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.Property(m => m.Code).HasMaxLength(12);
        b.Property(m => m.Name).HasMaxLength(100);
        b.Property(m => m.Kind).HasMaxLength(30);
        b.HasIndex(m => m.Code).IsUnique();
    }
}
