using Lotse.Features.Directory;
using Lotse.Features.Network.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(g => g.Name).HasMaxLength(300);
        b.Property(g => g.Kind).HasMaxLength(50);
        b.Property(g => g.Description).HasMaxLength(20_000);
        b.HasOne(g => g.Municipality).WithMany().HasForeignKey(g => g.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Topics).WithMany().UsingEntity(
            "WorkingGroupTopics",
            r => r.HasOne(typeof(TaxonomyTerm)).WithMany().HasForeignKey("TermId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(WorkingGroup)).WithMany().HasForeignKey("WorkingGroupId").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(g => g.Members).WithOne(m => m.WorkingGroup).HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(g => g.Meetings).WithOne(m => m.WorkingGroup).HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(g => g.ActionItems).WithOne(a => a.WorkingGroup).HasForeignKey(a => a.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
