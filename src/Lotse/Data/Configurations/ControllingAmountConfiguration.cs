using Lotse.Features.Finance.Controlling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class ControllingAmountConfiguration : IEntityTypeConfiguration<ControllingAmount>
{
    public void Configure(EntityTypeBuilder<ControllingAmount> b)
    {
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Amount).HasPrecision(12, 2);
        b.HasIndex(x => new { x.FundingPeriodId, x.Year, x.Month });
        // A position's amounts go with it.
        b.HasOne<FundedPosition>().WithMany().HasForeignKey(x => x.FundedPositionId).OnDelete(DeleteBehavior.Cascade);
    }
}
