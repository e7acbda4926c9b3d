using Lotse.Features.Portal.Accessibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class AccessibilityFeedbackConfiguration : IEntityTypeConfiguration<AccessibilityFeedback>
{
    public void Configure(EntityTypeBuilder<AccessibilityFeedback> b)
    {
        b.Property(f => f.Message).HasMaxLength(AccessibilityFeedback.MessageMaxLength);
        b.Property(f => f.PageUrl).HasMaxLength(AccessibilityFeedback.PageUrlMaxLength);
        b.Property(f => f.Name).HasMaxLength(AccessibilityFeedback.NameMaxLength);
        b.Property(f => f.Email).HasMaxLength(AccessibilityFeedback.EmailMaxLength);
        b.Property(f => f.AnsweredBy).HasMaxLength(256);
        b.Property(f => f.AnswerNote).HasMaxLength(AccessibilityFeedback.AnswerNoteMaxLength);
        b.HasIndex(f => f.CreatedAt);
    }
}
