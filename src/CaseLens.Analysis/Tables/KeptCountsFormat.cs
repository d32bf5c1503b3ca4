namespace CaseLens.Analysis.Tables;

/// <summary>
/// What reading kept counts (<see cref="NotificationCounts.Write"/>) checks as it goes: lengths and
/// counts are never negative, and the bytes are refused rather than read into a wrong tally.
/// </summary>
internal static class KeptCountsFormat
{
    /// <summary>A length of an array or map, at most what the bytes could hold.</summary>
    public static int Length(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        return length < 0 || length > reader.BaseStream.Length ? throw new InvalidDataException("A length is out of range.") : length;
    }

    /// <summary>A count of cases.</summary>
    public static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count < 0 ? throw new InvalidDataException("A count is negative.") : count;
    }

    /// <summary>Fills <paramref name="counts"/>, whose length the bytes must repeat.</summary>
    public static void Fill(BinaryReader reader, int[] counts)
    {
        if (Length(reader) != counts.Length)
        {
            throw new InvalidDataException("An array of counts has another length.");
        }

        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Count(reader);
        }
    }
}
