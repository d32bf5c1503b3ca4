using CaseLens.Storage.Model;
using CaseLens.Storage.Sqlite.Native;

namespace CaseLens.Storage.Sqlite.CodedRead;

/// <summary>How a coded read of a SQLite store is split into ranges of case id read in parallel.</summary>
internal static class NotificationRanges
{
    /// <summary>The most ranges a read is split into.</summary>
    public const int MaxParts = 8;

    /// <summary>
    /// Ranges of case id, in order, that split a large store's notifications into about equal
    /// parts, one per processor up to <see cref="MaxParts"/> (one range of every key when the store
    /// is small or could not be held still), with the position of each range's first row and the
    /// number of rows, read under <paramref name="hold"/>.
    /// </summary>
    public static (IReadOnlyList<KeyRange> Ranges, IReadOnlyList<long> Starts, long Rows) Split(
        SqliteWriterHold hold, long minRowsForParallelRead)
    {
        var table = NotificationTable.Instance;
        long count;
        using (var counting = new SqliteStatement(hold.Db, $"SELECT count(*) FROM {table.Name}"))
        {
            counting.TryQueryInteger(out count);
        }

        var parts = Math.Min(Environment.ProcessorCount, MaxParts);
        if (parts < 2 || count < minRowsForParallelRead || !hold.Held)
        {
            return ([KeyRange.All], [0], count);
        }

        using var boundary = new SqliteStatement(hold.Db, $"SELECT {table.KeyColumn} FROM {table.Name} ORDER BY {table.KeyColumn} LIMIT 1 OFFSET ?1");
        var bounds = new List<string>();
        var starts = new List<long> { 0 };
        for (var i = 1; i < parts; i++)
        {
            var position = count * i / parts;
            boundary.Bind(1, checked((int)position));
            if (boundary.Step())
            {
                var bound = boundary.Text(0);
                boundary.Step();
                if (bounds.Count == 0 || string.CompareOrdinal(bounds[^1], bound) != 0)
                {
                    bounds.Add(bound);
                    starts.Add(position);
                }
            }
        }

        var ranges = new List<KeyRange>();
        string? from = null;
        foreach (var bound in bounds)
        {
            ranges.Add(new KeyRange(from, bound));
            from = bound;
        }

        ranges.Add(new KeyRange(from, null));
        return (ranges, starts, count);
    }
}
