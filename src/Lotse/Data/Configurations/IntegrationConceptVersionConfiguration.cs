using Lotse.Features.Planning;
using Lotse.Features.Planning.Application;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Council;
using Lotse.Features.Planning.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lotse.Data.Configurations;

public sealed class IntegrationConceptVersionConfiguration : IEntityTypeConfiguration<IntegrationConceptVersion>
{
    public void Configure(EntityTypeBuilder<IntegrationConceptVersion> b)
    {
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.AdoptedBy).HasMaxLength(200);
        b.Property(x => x.FieldsOfAction).HasMaxLength(4000);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.Property(x => x.DocumentFileName).HasMaxLength(255);
        b.Property(x => x.DocumentStoredName).HasMaxLength(100);
        b.Property(x => x.DocumentContentType).HasMaxLength(100);
        b.HasIndex(x => x.AdoptedOn);
    }
}
