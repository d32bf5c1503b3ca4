using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseLens.Storage.Model;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model to add a migration; never connects.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCaseStoreContext>
{
    public SqliteCaseStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCaseStoreContext>().UseSqlite("Data Source=design-time.db").Options);
}
