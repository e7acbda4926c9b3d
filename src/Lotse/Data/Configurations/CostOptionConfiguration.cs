using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class CostOptionConfiguration : IEntityTypeConfiguration<CostOption>
{
    public void Configure(EntityTypeBuilder<CostOption> b)
    {
        b.Property(c => c.Option).HasMaxLength(300);
        b.Property(c => c.Amount).HasPrecision(10, 2);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.AmountDescription).HasMaxLength(500);
    }
}
