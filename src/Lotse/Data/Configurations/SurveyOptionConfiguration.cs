using Lotse.Features.Inventory.Survey;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SurveyOptionConfiguration : IEntityTypeConfiguration<SurveyOption>
{
    public void Configure(EntityTypeBuilder<SurveyOption> b)
    {
        b.Property(o => o.Key).HasMaxLength(60);
        b.Property(o => o.Label).HasMaxLength(300);
        b.Property(o => o.TopicCode).HasMaxLength(50);
        b.Property(o => o.AudienceCode).HasMaxLength(50);
    }
}
