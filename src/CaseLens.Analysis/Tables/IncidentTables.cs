using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>Tables 14–17: incident type, incident type by age, criminal proceedings, type of harm.</summary>
internal static class IncidentTables
{
    /// <summary>The key of Table 17's sub-row: physical assault with a head injury, under 1 year.</summary>
    public const string HeadInjuryUnder1 = "head_injury_under_1";

    public static ReportTable ByIncidentType(NotificationTally tally, TableOptions options)
    {
        const int width = NotificationTally.AgeSlots;
        var counts = new int[3];
        for (var i = 0; i < tally.IncidentAge.Length; i++)
        {
            counts[i / width] += tally.IncidentAge[i];
        }

        return TableShape.Period("T14", "Incident type", options.PeriodLabel, Rows.Of<IncidentType>(), counts[..2], counts[2]);
    }

    /// <summary>
    /// Table 15: age group by incident type with row percentages (each cell a percent of its age
    /// group's deaths and injuries); a column's n counts that incident type's cases with a known age.
    /// </summary>
    public static ReportTable ByIncidentTypeAndAge(NotificationTally tally)
    {
        const int width = NotificationTally.AgeSlots;
        var ageRows = Rows.Of<AgeGroup>();
        var types = Codes<IncidentType>.All;
        var columns = types.Select(t => new ReportColumn(
            Codes<IncidentType>.Code(t),
            Codes<IncidentType>.Label(t),
            tally.IncidentAge.AsSpan((int)t * width, 5).ToArray().Sum())).ToArray();
        var rows = new ReportRow[ageRows.Length];
        for (var age = 0; age < ageRows.Length; age++)
        {
            var rowTotal = types.Sum(t => tally.IncidentAge[(int)t * width + age]);
            var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            foreach (var type in types)
            {
                var count = tally.IncidentAge[(int)type * width + age];
                cells[Codes<IncidentType>.Code(type)] = Cell.Of(count, Percent.Of(count, rowTotal));
            }

            rows[age] = new ReportRow(ageRows[age].Key, ageRows[age].Label, cells);
        }

        return new ReportTable
        {
            Id = "T15",
            Title = "Incident type by age group",
            Columns = columns,
            Rows = rows,
            NotKnown = types.ToDictionary(
                t => Codes<IncidentType>.Code(t),
                t => tally.IncidentAge[(int)t * width + NotificationTally.UnknownAge],
                StringComparer.Ordinal),
            RowPercentages = true,
        };
    }

    public static ReportTable ByCriminalProceedings(NotificationTally tally, TableOptions options) =>
        TableShape.Period("T16", "Criminal proceedings", options.PeriodLabel, Rows.Of<CriminalProceedings>(), tally.Criminal[..3], tally.Criminal[3]);

    /// <summary>
    /// Table 17: the prime reported cause, with the sub-row <see cref="HeadInjuryUnder1"/> under
    /// physical assault (not part of the column's sum; its percent is of the column's n).
    /// </summary>
    public static ReportTable ByHarmType(NotificationTally tally, TableOptions options)
    {
        var rows = new List<RowSpec>();
        var counts = new List<int>();
        foreach (var harm in Codes<HarmType>.All)
        {
            rows.Add(new RowSpec(Codes<HarmType>.Code(harm), Codes<HarmType>.Label(harm)));
            counts.Add(tally.Harm[(int)harm]);
            if (harm == Domain.Notifications.HarmType.PhysicalAssault)
            {
                rows.Add(new RowSpec(HeadInjuryUnder1, "of which head injuries to babies under 1 year", RowKind.SubRow));
                counts.Add(tally.HeadInjuryUnder1);
            }
        }

        return TableShape.Period("T17", "Type of injury / harm", options.PeriodLabel, rows, counts, tally.Harm[9]);
    }
}
