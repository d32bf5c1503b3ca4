using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Model;

/// <summary>The store on SQLite; its migrations are in <c>Migrations/Sqlite</c>.</summary>
internal sealed class SqliteCaseStoreContext(DbContextOptions<SqliteCaseStoreContext> options) : CaseStoreContext(options);
