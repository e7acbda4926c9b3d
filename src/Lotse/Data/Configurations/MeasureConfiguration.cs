using Lotse.Features.Directory;
using Lotse.Features.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(m => m.Title).HasMaxLength(300);
        b.Property(m => m.Goal).HasMaxLength(10_000);
        b.Property(m => m.FocusArea).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.EducationChainStage).HasConversion<string>().HasMaxLength(30);
        b.Property(m => m.CrossCuttingField).HasMaxLength(200);
        b.Property(m => m.ProgrammeTemplate).HasMaxLength(50);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Budget).HasPrecision(12, 2);
        b.HasIndex(m => m.FocusArea);
        b.HasOne(m => m.ResponsibleOrganization).WithMany().HasForeignKey(m => m.ResponsibleOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Terms).WithMany().UsingEntity(
            "MeasureTerms",
            r => r.HasOne(typeof(TaxonomyTerm)).WithMany().HasForeignKey("TermId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Measure)).WithMany().HasForeignKey("MeasureId").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(m => m.Municipalities).WithMany().UsingEntity(
            "MeasureMunicipalities",
            r => r.HasOne(typeof(Municipality)).WithMany().HasForeignKey("MunicipalityId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Measure)).WithMany().HasForeignKey("MeasureId").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(m => m.Languages).WithMany().UsingEntity(
            "MeasureLanguages",
            r => r.HasOne(typeof(Language)).WithMany().HasForeignKey("LanguageId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Measure)).WithMany().HasForeignKey("MeasureId").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(m => m.Partners).WithMany().UsingEntity(
            "MeasurePartners",
            r => r.HasOne(typeof(Organization)).WithMany().HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Measure)).WithMany().HasForeignKey("MeasureId").OnDelete(DeleteBehavior.Cascade));
        b.HasMany(m => m.Indicators).WithOne(i => i.Measure).HasForeignKey(i => i.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
