using Lotse.Features.Finance.Controlling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class FundingBudgetConfiguration : IEntityTypeConfiguration<FundingBudget>
{
    public void Configure(EntityTypeBuilder<FundingBudget> b)
    {
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Approved).HasPrecision(12, 2);
        b.HasIndex(x => new { x.FundingPeriodId, x.Category }).IsUnique();
    }
}
