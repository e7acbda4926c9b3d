using Lotse.Features.Overview.Nrw;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class NrwEntryConfiguration : IEntityTypeConfiguration<NrwEntry>
{
    public void Configure(EntityTypeBuilder<NrwEntry> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.NameInSource).HasMaxLength(100);
        b.Property(x => x.Kind).HasMaxLength(50);
        b.HasIndex(x => x.Name).IsUnique();
        b.HasMany(x => x.Changes).WithOne().HasForeignKey(x => x.NrwEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
