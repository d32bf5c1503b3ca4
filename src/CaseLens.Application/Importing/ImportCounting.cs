using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Interchange;
using CaseLens.Storage.Importing;

namespace CaseLens.Application.Importing;

/// <summary>
/// What an import counts of the records it passes to the store, to keep the counts beside them
/// (<see cref="ImportSession{T}.KeepCounts"/>). Only notifications are counted
/// (<see cref="NotificationImportCounting"/>); the store keeps the counts only when the import stored
/// every row into a store that held none, and otherwise lets them go.
/// </summary>
internal abstract class ImportCounting<T>
    where T : class
{
    private bool _counting = true;
    private bool _ended;
    private volatile bool _stopped;

    /// <summary>
    /// Passes <paramref name="rows"/> on as they are read, counting each valid record: on the
    /// reading thread, so that counting overlaps the store's writing. Counting stops at the first
    /// invalid row (the import is refused then).
    /// </summary>
    public IEnumerable<RowResult<T>> Observe(IEnumerable<RowResult<T>> rows)
    {
        foreach (var row in rows)
        {
            if (row.Record is { } record)
            {
                Count(record);
            }
            else
            {
                _counting = false;
            }

            yield return row;
        }

        EndOfFile();
    }

    /// <summary>Counts the next record of the file, read valid; on the reading thread, as <see cref="Observe"/>.</summary>
    public void Count(T record)
    {
        if (_counting)
        {
            _counting = !_stopped && Add(record);
        }
    }

    /// <summary>Every record of the file has been given to <see cref="Count"/> (or read by <see cref="Observe"/>).</summary>
    public void EndOfFile() => _ended = true;

    /// <summary>
    /// Stops counting from the next row on, from any thread: the store would not keep the counts (it
    /// held records already, <see cref="ImportSession{T}.MayKeepCounts"/>), and counting a big file
    /// costs the reading thread about half a second a million rows.
    /// </summary>
    public void Stop() => _stopped = true;

    /// <summary>Whether every row of the whole file was counted.</summary>
    protected bool Finished => _ended && _counting && !_stopped;

    /// <summary>Counts the next record; false when it cannot be counted, and no later record will be.</summary>
    protected abstract bool Add(T record);

    /// <summary>Offers the counts to <paramref name="session"/> when every record was counted.</summary>
    public abstract void OfferTo(ImportSession<T> session);
}

/// <summary>
/// The counts of the notifications an import reads and N, their digest, made in one pass: possible
/// only when their case ids arrive in ordinal order (as a file written from a store, or by
/// <c>caselens synth</c>, has them). At the first id out of order counting stops, and nothing is kept.
/// </summary>
internal sealed class NotificationImportCounting : ImportCounting<Notification>
{
    private readonly NotificationCounter _counter = new();
    private readonly NotificationDigestWriter _digest = new();
    private string? _last;

    protected override bool Add(Notification record)
    {
        if (_last is not null && string.CompareOrdinal(_last, record.CaseId) >= 0)
        {
            _digest.Dispose();
            return false;
        }

        _last = record.CaseId;
        var codes = NotificationCodes.Of(record);
        _counter.Add(in codes);
        _digest.Add(record);
        return true;
    }

    public override void OfferTo(ImportSession<Notification> session)
    {
        ArgumentNullException.ThrowIfNull(session);
        using (_digest)
        {
            if (!Finished || _last is null)
            {
                return;
            }

            var counts = new NotificationCounts(NotificationFilter.None, _counter, _digest.Complete());
            session.KeepCounts(NotificationCounts.KeptFormat, counts.Write());
        }
    }
}
