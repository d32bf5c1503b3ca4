using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseLens.Storage.Model;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model to add a migration; never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCaseStoreContext>
{
    public PostgresCaseStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCaseStoreContext>().UseNpgsql("Host=localhost;Database=caselens_design").Options);
}
