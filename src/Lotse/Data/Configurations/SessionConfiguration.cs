using Lotse.Features.Planning;
using Lotse.Features.Planning.Application;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Council;
using Lotse.Features.Planning.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        b.ToTable("CouncilSessions");
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.Committee).HasMaxLength(200);
        b.Property(x => x.AgendaItem).HasMaxLength(50);
        b.Property(x => x.DecisionText).HasMaxLength(20_000);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Motion).WithMany(m => m.Sessions).HasForeignKey(x => x.MotionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Submission).WithMany(s => s.Sessions).HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.ConceptVersion).WithMany().HasForeignKey(x => x.ConceptVersionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.FundingApplication).WithMany().HasForeignKey(x => x.FundingApplicationId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Measures).WithMany().UsingEntity(
            "CouncilSessionMeasures",
            r => r.HasOne(typeof(Measure)).WithMany().HasForeignKey("MeasureId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Session)).WithMany().HasForeignKey("SessionId").OnDelete(DeleteBehavior.Cascade));
    }
}
