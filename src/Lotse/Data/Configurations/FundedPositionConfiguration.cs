using Lotse.Features.Finance.Controlling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class FundedPositionConfiguration : IEntityTypeConfiguration<FundedPosition>
{
    public void Configure(EntityTypeBuilder<FundedPosition> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.Label).HasMaxLength(200);
        b.Property(x => x.PayGrade).HasMaxLength(50);
        b.Property(x => x.Share).HasPrecision(5, 4);
        b.Property(x => x.PlannedAnnualAmount).HasPrecision(12, 2);
        b.HasMany(x => x.Occupancies).WithOne().HasForeignKey(x => x.FundedPositionId).OnDelete(DeleteBehavior.Cascade);
    }
}
