using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Model;

/// <summary>The store on PostgreSQL; its migrations are in <c>Migrations/Postgres</c>.</summary>
internal sealed class PostgresCaseStoreContext(DbContextOptions<PostgresCaseStoreContext> options) : CaseStoreContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Case ids sort by code point, as SQLite's BINARY collation does, whatever the server's locale.
        modelBuilder.Entity<Notification>().Property(n => n.CaseId).UseCollation("C");
        modelBuilder.Entity<IntensiveCase>().Property(c => c.CaseId).UseCollation("C");
        PostgresCaseListIndexes.Add(modelBuilder.Entity<Notification>());
    }
}
