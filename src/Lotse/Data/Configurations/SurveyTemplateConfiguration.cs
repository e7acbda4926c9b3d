using Lotse.Features.Inventory.Survey;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SurveyTemplateConfiguration : IEntityTypeConfiguration<SurveyTemplate>
{
    public void Configure(EntityTypeBuilder<SurveyTemplate> b)
    {
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Description).HasMaxLength(2000);
        b.HasMany(t => t.Questions).WithOne().HasForeignKey(q => q.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}
