using Lotse.Features.Inventory.Survey;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> b)
    {
        b.Property(q => q.Key).HasMaxLength(60);
        b.Property(q => q.Text).HasMaxLength(1000);
        b.Property(q => q.Hint).HasMaxLength(1000);
        b.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(q => q.Min).HasPrecision(14, 2);
        b.Property(q => q.Max).HasPrecision(14, 2);
        b.Property(q => q.SummaryText).HasMaxLength(500);
        b.Property(q => q.AddedFor).HasMaxLength(300);
        b.HasIndex(q => new { q.TemplateId, q.Key }).IsUnique();
        b.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
