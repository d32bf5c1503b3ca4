using CaseLens.Domain.Grouping;

namespace CaseLens.Analysis.Tables;

/// <summary>The tally as bytes, for counts kept beside the cases (<see cref="NotificationCounts.Write"/>).</summary>
internal sealed partial class NotificationTally
{
    /// <summary>
    /// Writes every count: the fixed arrays in the order they are added up, then the maps and the
    /// day counts in ascending key order, so that equal tallies give equal bytes.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var value in (int[])[Cases, ScrCases, PlanBase, PlanWithCategory, SiblingPlanBase, SiblingPlanWithCategory, HeadInjuryUnder1, DeathSuicide, WithAnyFactor, _firstDay, _lastDay])
        {
            writer.Write(value);
        }

        foreach (var counts in Counts())
        {
            WriteCounts(writer, counts);
        }

        writer.Write(StudyYears.Count);
        foreach (var (year, counts) in StudyYears.OrderBy(p => p.Key))
        {
            writer.Write(year);
            WriteCounts(writer, counts);
        }

        writer.Write(Quarters.Count);
        foreach (var (quarter, counts) in Quarters.OrderBy(p => p.Key))
        {
            writer.Write(quarter.Year);
            writer.Write(quarter.Quarter);
            WriteCounts(writer, counts);
        }

        foreach (var days in DecisionDays.Concat(CompletionDays))
        {
            days.Write(writer);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; throws <see cref="InvalidDataException"/> (or <see cref="EndOfStreamException"/>) when the bytes do not hold a tally.</summary>
    public static NotificationTally Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tally = new NotificationTally
        {
            Cases = KeptCountsFormat.Count(reader),
            ScrCases = KeptCountsFormat.Count(reader),
            PlanBase = KeptCountsFormat.Count(reader),
            PlanWithCategory = KeptCountsFormat.Count(reader),
            SiblingPlanBase = KeptCountsFormat.Count(reader),
            SiblingPlanWithCategory = KeptCountsFormat.Count(reader),
            HeadInjuryUnder1 = KeptCountsFormat.Count(reader),
            DeathSuicide = KeptCountsFormat.Count(reader),
            WithAnyFactor = KeptCountsFormat.Count(reader),
            _firstDay = reader.ReadInt32(),
            _lastDay = reader.ReadInt32(),
        };
        foreach (var counts in tally.Counts())
        {
            KeptCountsFormat.Fill(reader, counts);
        }

        for (var years = KeptCountsFormat.Length(reader); years > 0; years--)
        {
            var year = reader.ReadInt32();
            if (tally.StudyYears.ContainsKey(year))
            {
                throw new InvalidDataException("A study year is written twice.");
            }

            KeptCountsFormat.Fill(reader, tally.StudyYearCounts(year));
        }

        for (var quarters = KeptCountsFormat.Length(reader); quarters > 0; quarters--)
        {
            var quarter = new CalendarQuarter(reader.ReadInt32(), reader.ReadInt32());
            if (quarter.Quarter is < 1 or > 4 || tally.Quarters.ContainsKey(quarter))
            {
                throw new InvalidDataException("A quarter is out of range or written twice.");
            }

            KeptCountsFormat.Fill(reader, tally.QuarterCounts(quarter));
        }

        for (var type = 0; type < tally.DecisionDays.Length; type++)
        {
            tally.DecisionDays[type] = DayCounts.Read(reader);
        }

        for (var type = 0; type < tally.CompletionDays.Length; type++)
        {
            tally.CompletionDays[type] = DayCounts.Read(reader);
        }

        return tally;
    }

    private static void WriteCounts(BinaryWriter writer, int[] counts)
    {
        writer.Write(counts.Length);
        foreach (var count in counts)
        {
            writer.Write(count);
        }
    }
}
