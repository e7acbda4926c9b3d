using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> b)
    {
        b.Property(x => x.HsdsId).HasMaxLength(100);
        b.HasIndex(x => x.HsdsId);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(l => l.Name).HasMaxLength(300);
        b.Property(l => l.Street).HasMaxLength(200);
        b.Property(l => l.PostalCode).HasMaxLength(10);
        b.Property(l => l.City).HasMaxLength(100);
        b.Property(l => l.Transportation).HasMaxLength(1000);
        b.Property(l => l.AccessibilityDescription).HasMaxLength(1000);
        b.Property(l => l.AccessibilityDetails).HasMaxLength(2000);
        b.HasOne(l => l.Organization).WithMany(o => o.Locations).HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.Municipality).WithMany().HasForeignKey(l => l.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
