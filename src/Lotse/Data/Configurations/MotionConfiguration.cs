using Lotse.Features.Planning;
using Lotse.Features.Planning.Application;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Council;
using Lotse.Features.Planning.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class MotionConfiguration : IEntityTypeConfiguration<Motion>
{
    public void Configure(EntityTypeBuilder<Motion> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.FiledByText).HasMaxLength(300);
        b.Property(x => x.Text).HasMaxLength(20_000);
        b.Property(x => x.CommitteeSequence).HasMaxLength(2000);
        b.HasOne(x => x.FiledByOrganization).WithMany().HasForeignKey(x => x.FiledByOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
