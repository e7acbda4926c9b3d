using Lotse.Features.Network.Relations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class ActorRelationConfiguration : IEntityTypeConfiguration<ActorRelation>
{
    public void Configure(EntityTypeBuilder<ActorRelation> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(r => r.Kind).HasMaxLength(50);
        b.Property(r => r.Note).HasMaxLength(2000);
        b.HasOne(r => r.FromOrganization).WithMany().HasForeignKey(r => r.FromOrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.ToOrganization).WithMany().HasForeignKey(r => r.ToOrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
