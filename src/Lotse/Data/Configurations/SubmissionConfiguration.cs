using Lotse.Features.Planning;
using Lotse.Features.Planning.Application;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Council;
using Lotse.Features.Planning.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.DocumentNumber).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.IssuedBy).HasMaxLength(300);
        b.Property(x => x.DraftDecision).HasMaxLength(20_000);
        b.Property(x => x.Text).HasMaxLength(20_000);
        b.Property(x => x.CommitteeSequence).HasMaxLength(2000);
        b.HasOne(x => x.Motion).WithMany().HasForeignKey(x => x.MotionId).OnDelete(DeleteBehavior.SetNull);
    }
}
