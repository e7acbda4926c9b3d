using Lotse.Features.Network.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(a => a.Text).HasMaxLength(2000);
        b.HasOne(a => a.OwnerMember).WithMany().HasForeignKey(a => a.OwnerMemberId).OnDelete(DeleteBehavior.SetNull);
    }
}
