using System.Data.Common;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.KeptCounts;
using CaseLens.Storage.Model;

namespace CaseLens.Storage.Importing;

/// <summary>
/// One all-or-nothing import of case records, streamed: <see cref="AddAsync"/> each record, then
/// <see cref="CompleteAsync"/>. Everything is written inside one database transaction that only
/// <see cref="CompleteAsync"/> commits, so disposing the session without completing it — or the
/// process dying — leaves the store exactly as it was. A session works on a connection of its own
/// with plain ADO.NET: an import needs no EF.
/// </summary>
public abstract class ImportSession<T> : IAsyncDisposable
    where T : class
{
    private readonly TimeProvider _time;
    private readonly AuditWriter _audit;
    private bool _finished;
    private (int Format, byte[] Counts)? _kept;

    private protected ImportSession(DbConnection connection, DbTransaction transaction, RecordTable<T> table, ImportOptions options, TimeProvider time)
    {
        Connection = connection;
        Transaction = transaction;
        Table = table;
        Options = options;
        _time = time;
        _audit = new AuditWriter(connection, transaction);
    }

    /// <summary>Records added so far.</summary>
    public int Rows { get; private set; }

    /// <summary>
    /// False when the table held records as the session began: counts offered to <see cref="KeepCounts"/>
    /// would be let go, so an import need not make them. True says only that it may keep them: on
    /// PostgreSQL another import may still commit first (the store is checked again before keeping).
    /// </summary>
    public bool MayKeepCounts { get; private protected init; } = true;

    /// <summary>The session's own connection, open, with <see cref="Transaction"/> begun on it.</summary>
    private protected DbConnection Connection { get; }

    private protected DbTransaction Transaction { get; }

    private protected RecordTable<T> Table { get; }

    private protected ImportOptions Options { get; }

    /// <summary>Adds one record. Nothing is visible to others, or kept, until <see cref="CompleteAsync"/>.</summary>
    public async ValueTask AddAsync(T record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_finished, this);
        Rows++;
        await WriteAsync(record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Offers the counts of every record added, to be kept beside them (<see cref="KeptNotificationCounts"/>)
    /// when this import stores every one into a store that held no notification, without updates:
    /// they are then written inside the import's transaction, for the generation it leaves. In any
    /// other case nothing is written and counts kept before are simply stale. Notifications only.
    /// </summary>
    /// <param name="format">The version of <paramref name="counts"/>' bytes, given back to a reader that asks for it.</param>
    /// <param name="counts">The counts, as the analysis writes them.</param>
    public void KeepCounts(int format, byte[] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ObjectDisposedException.ThrowIf(_finished, this);
        if (!KeptNotificationCounts.Counts(Table.Name))
        {
            throw new InvalidOperationException("Only the counts of notifications are kept.");
        }

        _kept = (format, counts);
    }

    /// <summary>
    /// Commits the import, unless records clash with stored ones and the options do not allow
    /// updates, or a case id names the same case as another one it is not equal to (see
    /// <see cref="CaseKeyClash"/>): then nothing is written and the outcome lists every clashing case id.
    /// <paramref name="sourceSha256"/> (hex) is the SHA-256 of the source's bytes, for the audit trail:
    /// taken while the records were read, it is the hash of exactly what was imported.
    /// </summary>
    public async Task<ImportOutcome> CompleteAsync(string sourceSha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceSha256);
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        var finished = await FinishAsync(cancellationToken).ConfigureAwait(false);
        var (inserted, updated, unchanged, clashes, caseKeyClashes) = finished;
        if (finished.Refuses(Options.Update))
        {
            await Transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            IEnumerable<string> refusing = Options.Update ? [] : clashes;
            return new ImportOutcome(Rows, 0, 0, 0, [.. refusing.Union(caseKeyClashes.Select(c => c.CaseId)).Order(StringComparer.Ordinal)], Committed: false)
            {
                CaseKeyClashes = caseKeyClashes,
            };
        }

        if (_kept is { } kept && !Options.Update && inserted == Rows && updated + unchanged == 0 && clashes.Count == 0)
        {
            await KeptCountsStore.KeepIfOnlyImportAsync(Connection, Transaction, Table.Name, inserted, kept.Format, kept.Counts, cancellationToken).ConfigureAwait(false);
        }

        await _audit.AddAsync(
            new AuditEntry
            {
                At = _time.GetUtcNow(),
                Actor = Options.Actor,
                Action = AuditAction.Import,
                Entity = Table.Entity,
                Details = AuditJson.Import(Options, sourceSha256, Rows, inserted, updated, unchanged),
            },
            cancellationToken).ConfigureAwait(false);
        await _audit.FlushAsync(cancellationToken).ConfigureAwait(false);
        await Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ImportOutcome(Rows, inserted, updated, unchanged, clashes, Committed: true);
    }

    /// <summary>Rolls back unless <see cref="CompleteAsync"/> committed, and releases the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _finished = true;
        await DisposeWriterAsync().ConfigureAwait(false);
        await Transaction.DisposeAsync().ConfigureAwait(false);
        await AfterTransactionAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes one record inside the transaction.</summary>
    private protected abstract ValueTask WriteAsync(T record, CancellationToken cancellationToken);

    /// <summary>
    /// Finds the clashes (an id stored or repeated, and an id naming the same case as another it is
    /// not equal to) and, unless they refuse the import (<see cref="FinishedImport.Refuses"/>), stores everything.
    /// </summary>
    private protected abstract Task<FinishedImport> FinishAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether an import's record differs from the stored one it replaces. A record held again with
    /// the same values is not a change: it is neither rewritten nor audited, so that importing a
    /// board's whole file again each year leaves an audit trail of what really changed.
    /// </summary>
    private protected static bool Differs(T stored, T incoming) => !EqualityComparer<T>.Default.Equals(stored, incoming);

    /// <summary>Runs on the session's connection once its transaction has ended (committed or rolled back), before the connection closes.</summary>
    private protected virtual ValueTask AfterTransactionAsync() => ValueTask.CompletedTask;

    /// <summary>Releases provider resources (prepared commands, an open COPY).</summary>
    private protected abstract ValueTask DisposeWriterAsync();

    /// <summary>Records the replacement of a stored record in the audit trail (same transaction).</summary>
    private protected ValueTask AuditUpdateAsync(T before, T after, CancellationToken cancellationToken) =>
        _audit.AddAsync(
            new AuditEntry
            {
                At = _time.GetUtcNow(),
                Actor = Options.Actor,
                Action = AuditAction.Update,
                Entity = Table.Entity,
                CaseId = Table.KeyOf(after),
                Before = AuditJson.Of(Table, before),
                After = AuditJson.Of(Table, after),
            },
            cancellationToken);
}
