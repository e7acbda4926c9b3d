using Lotse.Features.Accounts;
using Lotse.Features.Accounts.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> b)
    {
        b.ToTable("SignInSessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Browser).HasMaxLength(SignInSessions.BrowserMaxLength);
        b.Property(s => s.SecurityStamp).HasMaxLength(256);
        b.HasOne<LotseUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.UserId);
    }
}
