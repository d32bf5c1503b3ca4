using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Accounts;

/// <summary>The accounts on PostgreSQL; the migrations are in <c>Migrations/Accounts/Postgres</c>.</summary>
internal sealed class PostgresAccountsContext(DbContextOptions<PostgresAccountsContext> options) : AccountsContext(options);
