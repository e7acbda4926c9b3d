using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lotse.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LotseDbContext>
{
    public LotseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LotseDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
