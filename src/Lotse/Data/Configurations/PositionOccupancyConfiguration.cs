using Lotse.Features.Finance.Controlling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class PositionOccupancyConfiguration : IEntityTypeConfiguration<PositionOccupancy>
{
    public void Configure(EntityTypeBuilder<PositionOccupancy> b) => b.HasIndex(x => x.FundedPositionId);
}
