using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Model;

/// <summary>
/// The one EF model of the store. Each database has a subclass so that it can carry its own
/// migrations (<see cref="SqliteCaseStoreContext"/>, <see cref="PostgresCaseStoreContext"/>).
/// </summary>
internal abstract class CaseStoreContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<IntensiveCase> IntensiveCases => Set<IntensiveCase>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        Map(modelBuilder.Entity<Notification>(), NotificationTable.Instance);
        Map(modelBuilder.Entity<IntensiveCase>(), IntensiveCaseTable.Instance);
        modelBuilder.Entity<Notification>().HasIndex(n => n.IncidentDate).HasDatabaseName("ix_notifications_incident_date");

        var audit = modelBuilder.Entity<AuditEntry>();
        audit.ToTable("audit_entries");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).HasColumnName("id").ValueGeneratedOnAdd();
        audit.Property(a => a.At).HasColumnName("at");
        audit.Property(a => a.Actor).HasColumnName("actor");
        audit.Property(a => a.Action).HasColumnName("action").HasConversion(new CodeConverter<AuditAction>());
        audit.Property(a => a.Entity).HasColumnName("entity").HasConversion(new CodeConverter<AuditedEntity>());
        audit.Property(a => a.CaseId).HasColumnName("case_id");
        audit.Property(a => a.Before).HasColumnName("before");
        audit.Property(a => a.After).HasColumnName("after");
        audit.Property(a => a.Details).HasColumnName("details");
        audit.HasIndex(a => a.CaseId).HasDatabaseName("ix_audit_entries_case_id");
    }

    private static void Map<T>(EntityTypeBuilder<T> entity, RecordTable<T> table)
        where T : class
    {
        entity.ToTable(table.Name);
        entity.HasKey(table.Columns[0].Property);
        foreach (var column in table.Columns)
        {
            var property = entity.Property(column.Property).HasColumnName(column.Name).IsRequired(column.Required);
            if (column.Converter is not null)
            {
                property.HasConversion(column.Converter);
            }
        }
    }
}
