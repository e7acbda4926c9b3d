using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.Property(x => x.HsdsId).HasMaxLength(100);
        b.HasIndex(x => x.HsdsId);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(o => o.Name).HasMaxLength(300);
        b.Property(o => o.AlternateName).HasMaxLength(300);
        b.Property(o => o.Description).HasMaxLength(20_000);
        b.Property(o => o.Url).HasMaxLength(500);
        b.Property(o => o.Email).HasMaxLength(254);
        b.Property(o => o.Phone).HasMaxLength(50);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.FeesDescription).HasMaxLength(2000);
        b.Property(o => o.EligibilityDescription).HasMaxLength(2000);
        b.Property(o => o.ApplicationProcess).HasMaxLength(2000);
        b.Property(o => o.ReviewIntervalMonths).HasDefaultValue(Offer.DefaultReviewIntervalMonths);
        b.HasIndex(o => o.Status);
        b.HasIndex(o => o.LastModified);

        b.HasOne(o => o.Organization).WithMany(g => g.Offers).HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Municipality).WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Terms).WithMany(t => t.Offers).UsingEntity(
            "OfferTerms",
            r => r.HasOne(typeof(TaxonomyTerm)).WithMany().HasForeignKey("TermId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Offer)).WithMany().HasForeignKey("OfferId").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(o => o.Languages).WithMany().UsingEntity(
            "OfferLanguages",
            r => r.HasOne(typeof(Language)).WithMany().HasForeignKey("LanguageId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Offer)).WithMany().HasForeignKey("OfferId").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(o => o.Locations).WithMany(l => l.Offers).UsingEntity(
            "OfferLocations",
            r => r.HasOne(typeof(Location)).WithMany().HasForeignKey("LocationId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Offer)).WithMany().HasForeignKey("OfferId").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(o => o.Contacts).WithOne(c => c.Offer).HasForeignKey(c => c.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Schedules).WithOne(s => s.Offer).HasForeignKey(s => s.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.CostOptions).WithOne(c => c.Offer).HasForeignKey(c => c.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
