using Lotse.Features.Finance.Levy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class LevyBaseConfiguration : IEntityTypeConfiguration<LevyBase>
{
    public void Configure(EntityTypeBuilder<LevyBase> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.Amount).HasPrecision(16, 2);
        b.HasIndex(x => new { x.Year, x.MunicipalityId }).IsUnique();
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}
