using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Tables A6–A9 of the intensive sample: a coded health marker by age. Age columns count cases
/// with a known age, <c>all</c> counts every case; <c>total</c> = known values of the marker
/// (each value's percent is of it), <c>unavailable</c> = cases with the marker empty.
/// </summary>
internal static class HealthMarkerTables
{
    public const string TotalRow = "total";
    public const string UnavailableRow = "unavailable";
    public const string AllColumn = "all";

    public static ReportTable Antenatal(IReadOnlyList<IntensiveCase> cases) =>
        Build(
            "A6",
            "Attendance by mother at ante-natal appointments by age of the child at the time of the incident",
            cases,
            AgeBand.UnderAndOver1,
            Codes<AntenatalAttendance>.All,
            c => c.AntenatalAttendance);

    public static ReportTable DevelopmentChecks(IReadOnlyList<IntensiveCase> cases) =>
        Build(
            "A7",
            "Attendance at child development checks and for immunisations",
            cases,
            AgeBand.UnderAndOver1,
            Codes<DevelopmentChecks>.All,
            c => c.DevelopmentChecks);

    public static ReportTable Prematurity(IReadOnlyList<IntensiveCase> cases) =>
        Build(
            "A8",
            "Prematurity of children subject to SCR",
            cases,
            AgeBand.To5AndOver,
            [Gestation.Premature, Gestation.FullTerm],
            c => c.Gestation);

    public static ReportTable Birth(IReadOnlyList<IntensiveCase> cases) =>
        Build(
            "A9",
            "Birth characteristics of children subject to SCR",
            cases,
            AgeBand.To5AndOver,
            Codes<BirthCircumstance>.All,
            c => c.Birth);

    private static ReportTable Build<T>(
        string id,
        string title,
        IReadOnlyList<IntensiveCase> cases,
        AgeBand[] bands,
        IReadOnlyList<T> values,
        Func<IntensiveCase, T?> marker)
        where T : struct, Enum
    {
        var columns = bands.Select(b => (b.Key, b.Label, Include: (Func<IntensiveCase, bool>)(c => b.Contains(c.AgeMonths))))
            .Append((AllColumn, "All children", _ => true))
            .ToArray();
        var rows = values.Select(v => new RowSpec(Codes<T>.Code(v), Codes<T>.Label(v))).ToList();
        rows.Add(new RowSpec(TotalRow, "Total (for whom data are available)", RowKind.Total));
        rows.Add(new RowSpec(UnavailableRow, "Data unavailable"));
        var cells = rows.Select(_ => new Dictionary<string, Cell>(StringComparer.Ordinal)).ToArray();
        var reportColumns = new List<ReportColumn>();
        var notKnown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, label, include) in columns)
        {
            var counts = new int[values.Count];
            var unavailable = 0;
            foreach (var c in cases)
            {
                if (!include(c))
                {
                    continue;
                }

                if (marker(c) is { } value)
                {
                    var index = IndexOf(values, value);
                    counts[index]++;
                }
                else
                {
                    unavailable++;
                }
            }

            var total = counts.Sum();
            for (var i = 0; i < values.Count; i++)
            {
                cells[i][key] = Cell.Of(counts[i], Percent.Of(counts[i], total));
            }

            cells[values.Count][key] = Cell.Of(total, Percent.Of(total, total));
            cells[values.Count + 1][key] = Cell.Of(unavailable);
            reportColumns.Add(new ReportColumn(key, label, total));
            notKnown[key] = unavailable;
        }

        return new ReportTable
        {
            Id = id,
            Title = title,
            Columns = reportColumns,
            Rows = rows.Select((r, i) => new ReportRow(r.Key, r.Label, cells[i], r.Kind)).ToArray(),
            NotKnown = notKnown,
        };
    }

    private static int IndexOf<T>(IReadOnlyList<T> values, T value)
        where T : struct, Enum
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(values[i], value))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "Not a row of the table.");
    }
}
