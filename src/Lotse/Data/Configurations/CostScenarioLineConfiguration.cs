using Lotse.Features.Finance.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class CostScenarioLineConfiguration : IEntityTypeConfiguration<CostScenarioLine>
{
    public void Configure(EntityTypeBuilder<CostScenarioLine> b)
    {
        b.ToTable("CostScenarioLines");
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Label).HasMaxLength(200);
        b.Property(l => l.Share).HasPrecision(5, 4);
        b.Property(l => l.Amount).HasPrecision(14, 2);
        b.Property(l => l.Source).HasMaxLength(500);
        b.Property(l => l.FundingSubject).HasMaxLength(200);
    }
}
