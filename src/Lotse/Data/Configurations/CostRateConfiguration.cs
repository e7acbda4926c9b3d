using Lotse.Features.Finance.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class CostRateConfiguration : IEntityTypeConfiguration<CostRate>
{
    public void Configure(EntityTypeBuilder<CostRate> b)
    {
        b.ToTable("CostRates");
        b.Property(r => r.PayGrade).HasMaxLength(100);
        b.Property(r => r.AnnualRate).HasPrecision(14, 2);
    }
}
