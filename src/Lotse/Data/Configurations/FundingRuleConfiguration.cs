using Lotse.Features.Finance.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class FundingRuleConfiguration : IEntityTypeConfiguration<FundingRule>
{
    public void Configure(EntityTypeBuilder<FundingRule> b)
    {
        b.ToTable("FundingRules");
        b.Property(r => r.Subject).HasMaxLength(200);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Cap).HasPrecision(14, 2);
        b.Property(r => r.UnitShare).HasPrecision(5, 4);
        b.Property(r => r.Note).HasMaxLength(500);
        b.Property(r => r.Source).HasMaxLength(500);
    }
}
