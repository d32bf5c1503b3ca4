namespace CaseLens.Analysis.Tables;

/// <summary>
/// A multiset of day counts (durations in whole days) kept as how many times each value occurs, so
/// that its size grows with the spread of the values and never with the number of cases: a file of
/// ten million rows is summarised in the memory of one of a million. Order statistics (minimum,
/// maximum, the middle values) are exact.
/// </summary>
internal sealed class DayCounts
{
    private readonly Dictionary<int, int> _occurrences = [];

    /// <summary>How many values were added.</summary>
    public int Count { get; private set; }

    public void Add(int days)
    {
        _occurrences[days] = _occurrences.GetValueOrDefault(days) + 1;
        Count++;
    }

    /// <summary>Adds every value of <paramref name="other"/>.</summary>
    public void Add(DayCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (days, times) in other._occurrences)
        {
            _occurrences[days] = _occurrences.GetValueOrDefault(days) + times;
        }

        Count += other.Count;
    }

    /// <summary>The values in ascending order, each with how often it occurs.</summary>
    public (int Days, int Times)[] Ascending()
    {
        var values = _occurrences.Select(p => (p.Key, p.Value)).ToArray();
        Array.Sort(values, (a, b) => a.Key.CompareTo(b.Key));
        return values;
    }

    /// <summary>The value at 0-based <paramref name="rank"/> of the sorted values.</summary>
    public static int At((int Days, int Times)[] ascending, int rank)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        var seen = 0;
        foreach (var (days, times) in ascending)
        {
            seen += times;
            if (rank < seen)
            {
                return days;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(rank));
    }

    /// <summary>Writes the values, in ascending order so that equal multisets give equal bytes.</summary>
    internal void Write(BinaryWriter writer)
    {
        var values = Ascending();
        writer.Write(values.Length);
        foreach (var (days, times) in values)
        {
            writer.Write(days);
            writer.Write(times);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    internal static DayCounts Read(BinaryReader reader)
    {
        var counts = new DayCounts();
        for (var values = KeptCountsFormat.Length(reader); values > 0; values--)
        {
            var (days, times) = (reader.ReadInt32(), KeptCountsFormat.Count(reader));
            if (!counts._occurrences.TryAdd(days, times))
            {
                throw new InvalidDataException("A day count is written twice.");
            }

            counts.Count += times;
        }

        return counts;
    }
}
