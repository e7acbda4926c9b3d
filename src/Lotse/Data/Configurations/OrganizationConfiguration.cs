using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(x => x.HsdsId).HasMaxLength(100);
        b.HasIndex(x => x.HsdsId);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(o => o.Name).HasMaxLength(300);
        b.Property(o => o.AlternateName).HasMaxLength(300);
        b.Property(o => o.Description).HasMaxLength(20_000);
        b.Property(o => o.Email).HasMaxLength(254);
        b.Property(o => o.Website).HasMaxLength(500);
        b.Property(o => o.Phone).HasMaxLength(50);
        b.Property(o => o.ActorType).HasMaxLength(50);
        b.HasIndex(o => o.Name);
        b.HasOne(o => o.Municipality).WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
