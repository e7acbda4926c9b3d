using Lotse.Features.Finance.Controlling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class FundingPeriodConfiguration : IEntityTypeConfiguration<FundingPeriod>
{
    public void Configure(EntityTypeBuilder<FundingPeriod> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ApprovalReference).HasMaxLength(200);
        b.Property(x => x.DeviationPercent).HasPrecision(6, 2);
        b.Property(x => x.DeviationMinimum).HasPrecision(12, 2);
        b.HasMany(x => x.Budgets).WithOne().HasForeignKey(x => x.FundingPeriodId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Positions).WithOne().HasForeignKey(x => x.FundingPeriodId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Amounts).WithOne().HasForeignKey(x => x.FundingPeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}
