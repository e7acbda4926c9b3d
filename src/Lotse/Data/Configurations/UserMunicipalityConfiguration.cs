using Lotse.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class UserMunicipalityConfiguration : IEntityTypeConfiguration<UserMunicipality>
{
    public void Configure(EntityTypeBuilder<UserMunicipality> b)
    {
        b.ToTable("UserMunicipalities");
        b.HasKey(s => new { s.UserId, s.MunicipalityId });
        b.HasOne<LotseUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Municipality).WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}
