using Lotse.Features.Inventory.Survey;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> b)
    {
        b.Property(r => r.Name).HasMaxLength(200);
        b.Ignore(r => r.IsClosed);
        // A used template is frozen and stays: the round's answers are keyed by its questions.
        b.HasOne(r => r.Template).WithMany().HasForeignKey(r => r.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Responses).WithOne(s => s.Round).HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
