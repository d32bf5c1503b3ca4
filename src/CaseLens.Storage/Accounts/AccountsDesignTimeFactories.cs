using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseLens.Storage.Accounts;

/// <summary>Lets <c>dotnet ef</c> build the SQLite accounts model to add a migration; never connects.</summary>
internal sealed class SqliteAccountsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAccountsContext>
{
    public SqliteAccountsContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAccountsContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL accounts model to add a migration; never connects.</summary>
internal sealed class PostgresAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAccountsContext>
{
    public PostgresAccountsContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAccountsContext>().UseNpgsql("Host=localhost;Database=caselens_design").Options);
}
