using Lotse.Features.Network.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMember> b)
    {
        b.Property(m => m.Role).HasMaxLength(200);
        b.HasIndex(m => new { m.WorkingGroupId, m.OrganizationId }).IsUnique();
        b.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // Deleting a person (GDPR erasure) keeps the membership of their organization.
        b.HasOne(m => m.Contact).WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.SetNull);
    }
}
