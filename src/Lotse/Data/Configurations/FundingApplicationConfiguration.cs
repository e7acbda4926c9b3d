using Lotse.Features.Planning;
using Lotse.Features.Planning.Application;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Council;
using Lotse.Features.Planning.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class FundingApplicationConfiguration : IEntityTypeConfiguration<FundingApplication>
{
    public void Configure(EntityTypeBuilder<FundingApplication> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.SituationDescription).HasMaxLength(50_000);
        b.Property(x => x.OrganisationalAnchoring).HasMaxLength(50_000);
        b.HasOne(x => x.KreistagDecision).WithMany().HasForeignKey(x => x.KreistagDecisionId).OnDelete(DeleteBehavior.SetNull);
    }
}
