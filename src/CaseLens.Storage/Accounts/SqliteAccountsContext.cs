using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Accounts;

/// <summary>The accounts on SQLite; the migrations are in <c>Migrations/Accounts/Sqlite</c>.</summary>
internal sealed class SqliteAccountsContext(DbContextOptions<SqliteAccountsContext> options) : AccountsContext(options);
