using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseLens.Storage.Model;

/// <summary>
/// The one EF model of the store, made of every <see cref="IStoreEntityConfiguration{T}"/> in this
/// assembly. Each database has a subclass so that it can carry its own migrations
/// (<see cref="SqliteCaseStoreContext"/>, <see cref="PostgresCaseStoreContext"/>).
/// </summary>
internal abstract class CaseStoreContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<IntensiveCase> IntensiveCases => Set<IntensiveCase>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Releases.ReleaseEntry> Releases => Set<Releases.ReleaseEntry>();

    /// <summary>
    /// Migrating a store does not compare the model with the last migration's snapshot: EF would
    /// build the whole design-time model for it on every new store (over a second of each import's
    /// start). <c>MigrationTests</c> makes that comparison once per build instead, for both providers.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CaseStoreContext).Assembly, IsStoreConfiguration);

    private static bool IsStoreConfiguration(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStoreEntityConfiguration<>));
}
