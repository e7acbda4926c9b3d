using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> b)
    {
        b.ToTable("ChangeLog");
        b.HasKey(c => c.Sequence);
        b.Property(c => c.Sequence).ValueGeneratedOnAdd();
        b.Property(c => c.EntityType).HasMaxLength(50);
    }
}
