using Lotse.Features.Overview.Nrw;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class NrwStatusChangeConfiguration : IEntityTypeConfiguration<NrwStatusChange>
{
    public void Configure(EntityTypeBuilder<NrwStatusChange> b)
    {
        b.Property(x => x.Category).HasMaxLength(30);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Source).HasMaxLength(500);
        b.HasIndex(x => new { x.NrwEntryId, x.ChangedOn });
    }
}
