using Lotse.Features.Finance.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class CostScenarioConfiguration : IEntityTypeConfiguration<CostScenario>
{
    public void Configure(EntityTypeBuilder<CostScenario> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Description).HasMaxLength(5_000);
        b.Property(s => s.OverheadShare).HasPrecision(5, 4);
        b.Property(s => s.ProjectFunds).HasPrecision(14, 2);
        b.Property(s => s.ProjectFundsSource).HasMaxLength(500);
        b.Property(s => s.PersonnelTotal).HasPrecision(14, 2);
        b.Property(s => s.PersonnelTotalSource).HasMaxLength(500);
        b.HasIndex(s => s.IsPublished);
        b.HasOne(s => s.FundingRuleSet).WithMany().HasForeignKey(s => s.FundingRuleSetId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ScenarioId).OnDelete(DeleteBehavior.Cascade);
    }
}
