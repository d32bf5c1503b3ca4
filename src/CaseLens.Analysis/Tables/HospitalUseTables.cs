using CaseLens.Analysis.Reports;
using CaseLens.Domain.Intensive;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Tables A10 and A11: hospital admissions and A&amp;E attendances noted in the overview report,
/// binned 0, 1, 2–3, 4–5, 6 or more, by age. The base is the cases with the number known;
/// counts only; <c>total</c> is the number of children in the column; the cases of the column whose
/// number is not known are its <c>not_known</c>, as in the other tables.
/// </summary>
internal static class HospitalUseTables
{
    private static readonly RowSpec[] Bins =
    [
        new("0", "None"), new("1", "1"), new("2_3", "2 or 3"), new("4_5", "4 or 5"), new("6_plus", "6 or more"),
        new(HealthMarkerTables.TotalRow, "Number of children", RowKind.Total),
    ];

    public static ReportTable Admissions(IReadOnlyList<IntensiveCase> cases) =>
        Build("A10", "Frequency of admittance to hospital by age", cases, c => c.HospitalAdmissions);

    public static ReportTable Attendances(IReadOnlyList<IntensiveCase> cases) =>
        Build("A11", "Frequency of attendance at Accident and Emergency", cases, c => c.AeAttendances);

    private static ReportTable Build(string id, string title, IReadOnlyList<IntensiveCase> cases, Func<IntensiveCase, int?> number)
    {
        var bands = AgeBand.To10AndOver;
        var columns = new List<ColumnCounts>();
        foreach (var (key, label, include) in bands
            .Select(b => (b.Key, b.Label, Include: (Func<IntensiveCase, bool>)(c => b.Contains(c.AgeMonths))))
            .Append((HealthMarkerTables.AllColumn, "All ages", _ => true)))
        {
            var counts = new int[Bins.Length];
            var notKnown = 0;
            foreach (var c in cases.Where(include))
            {
                if (number(c) is { } value)
                {
                    counts[Bin(value)]++;
                    counts[^1]++;
                }
                else
                {
                    notKnown++;
                }
            }

            columns.Add(new ColumnCounts(key, label, counts, NotKnown: notKnown, N: counts[^1], Percents: false));
        }

        return TableShape.Build(id, title, Bins, columns);
    }

    private static int Bin(int value) => value switch
    {
        <= 0 => 0,
        1 => 1,
        <= 3 => 2,
        <= 5 => 3,
        _ => 4,
    };
}
