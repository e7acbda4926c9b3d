using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> b)
    {
        b.Property(l => l.Code).HasMaxLength(12);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Endonym).HasMaxLength(100);
        b.HasIndex(l => l.Code).IsUnique();
    }
}
