using Lotse.Features.Planning;
using Lotse.Features.Planning.Application;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Council;
using Lotse.Features.Planning.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class ParticipationEntryConfiguration : IEntityTypeConfiguration<ParticipationEntry>
{
    public void Configure(EntityTypeBuilder<ParticipationEntry> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.ActorText).HasMaxLength(300);
        b.Property(x => x.Form).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.HasOne(x => x.ConceptVersion).WithMany().HasForeignKey(x => x.ConceptVersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
