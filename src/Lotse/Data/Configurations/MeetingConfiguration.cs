using Lotse.Features.Network.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(m => m.Place).HasMaxLength(300);
        b.Property(m => m.Agenda).HasMaxLength(20_000);
        b.Property(m => m.Minutes).HasMaxLength(100_000);
        b.HasIndex(m => new { m.WorkingGroupId, m.Date });
        b.HasMany(m => m.Attendees).WithMany().UsingEntity(
            "MeetingAttendance",
            r => r.HasOne(typeof(WorkingGroupMember)).WithMany().HasForeignKey("MemberId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Meeting)).WithMany().HasForeignKey("MeetingId").OnDelete(DeleteBehavior.Cascade));
    }
}
