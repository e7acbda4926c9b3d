using Lotse.Features.Finance.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class FundingRuleSetConfiguration : IEntityTypeConfiguration<FundingRuleSet>
{
    public void Configure(EntityTypeBuilder<FundingRuleSet> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(s => s.Name).HasMaxLength(200);
        b.HasIndex(s => s.Name).IsUnique();
        b.HasMany(s => s.Rules).WithOne().HasForeignKey(r => r.RuleSetId).OnDelete(DeleteBehavior.Cascade);
    }
}
