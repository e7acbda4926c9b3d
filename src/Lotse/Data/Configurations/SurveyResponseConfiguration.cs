using Lotse.Features.Inventory.Survey;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.AnswersJson).HasMaxLength(100_000);
        b.Property(s => s.LastSavedBy).HasMaxLength(254);
        b.HasIndex(s => new { s.RoundId, s.MunicipalityId }).IsUnique();
        b.HasOne(s => s.Municipality).WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
