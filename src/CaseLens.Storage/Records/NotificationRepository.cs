using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Storage.Model;
using CaseLens.Storage.Querying;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Storage.Records;

/// <summary>The stored notifications: read with a filter applied by the database, counted, imported, deleted.</summary>
public sealed class NotificationRepository : RecordRepository<Notification>
{
    // Below this many rows a parallel read gains less than opening connections costs.
    private const long MinRowsForParallelRead = 50_000;

    /// <summary>The notifications of <paramref name="store"/>.</summary>
    public NotificationRepository(CaseStore store)
        : base(store, NotificationTable.Instance)
    {
    }

    /// <summary>
    /// The notifications matching <paramref name="filter"/>, in ordinal case-id order, read as they
    /// stream, with only the fields <paramref name="options"/> asks for.
    /// </summary>
    public IAsyncEnumerable<Notification> StreamAsync(NotificationFilter? filter, NotificationReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var columns = options.IncludeNarrative ? Table.Columns : [.. Table.Columns.Where(c => !Table.NarrativeColumns.Contains(c.Name))];
        var scope = filter ?? NotificationFilter.None;
        return Database.StreamAsync(Table, context => context.Notifications.AsNoTracking().Matching(scope), columns, cancellationToken);
    }

    /// <summary>The records <see cref="StreamAsync"/> gives, read into a list.</summary>
    public async Task<IReadOnlyList<Notification>> ReadAsync(NotificationFilter? filter, NotificationReadOptions options, CancellationToken cancellationToken = default)
    {
        var records = new List<Notification>();
        await foreach (var notification in StreamAsync(filter, options, cancellationToken).ConfigureAwait(false))
        {
            records.Add(notification);
        }

        return records;
    }

    /// <summary>
    /// The notifications matching <paramref name="filter"/> as the tables count them: each one's
    /// <see cref="NotificationCodes"/> in ordinal case-id order, and the digest of their whole records
    /// (<see cref="DataSetHash.NotificationDigest"/>). On SQLite the rows are read straight from the
    /// database, in parallel over ranges of case id for a large store, and hashed as they are read,
    /// without making a record, a string or an EF query.
    /// </summary>
    public Task<CodedNotifications> ReadCodedAsync(NotificationFilter? filter, CancellationToken cancellationToken = default) =>
        ReadCodedAsync(filter, MinRowsForParallelRead, cancellationToken);

    /// <summary>As the public overload; a store of at least <paramref name="minRowsForParallelRead"/> rows is read in parallel.</summary>
    internal Task<CodedNotifications> ReadCodedAsync(NotificationFilter? filter, long minRowsForParallelRead, CancellationToken cancellationToken) =>
        Database.ReadCodedNotificationsAsync(filter ?? NotificationFilter.None, minRowsForParallelRead, cancellationToken);

    /// <summary>One page of the notifications <paramref name="query"/> asks for, ordered, with how many match in all.</summary>
    public Task<CaseListPage> ListAsync(CaseListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return CaseListing.ReadAsync(Database, query, cancellationToken);
    }

    /// <summary>How many notifications match <paramref name="filter"/>.</summary>
    public async Task<int> CountAsync(NotificationFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var context = Database.CreateContext();
        return await context.Notifications.Matching(filter ?? NotificationFilter.None).CountAsync(cancellationToken).ConfigureAwait(false);
    }
}
