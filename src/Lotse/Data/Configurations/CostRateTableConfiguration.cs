using Lotse.Features.Finance.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class CostRateTableConfiguration : IEntityTypeConfiguration<CostRateTable>
{
    public void Configure(EntityTypeBuilder<CostRateTable> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Source).HasMaxLength(500);
        b.Property(t => t.WorkstationRate).HasPrecision(14, 2);
        b.Property(t => t.OfficeRate).HasPrecision(14, 2);
        b.HasMany(t => t.Rates).WithOne().HasForeignKey(r => r.RateTableId).OnDelete(DeleteBehavior.Cascade);
    }
}
