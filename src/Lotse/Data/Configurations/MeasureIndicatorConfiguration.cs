using Lotse.Features.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class MeasureIndicatorConfiguration : IEntityTypeConfiguration<MeasureIndicator>
{
    public void Configure(EntityTypeBuilder<MeasureIndicator> b)
    {
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.Unit).HasMaxLength(50);
        b.Property(i => i.Target).HasPrecision(14, 2);
        b.Property(i => i.Actual).HasPrecision(14, 2);
    }
}
