using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Tests;

/// <summary>
/// Hand-made reports covering every kind of cell: count with percent, count only, percent only,
/// suppressed, Table 21 statistics, sub-rows, comparator columns, row percentages, notes and not known.
/// The numbers are invented; only their shapes matter.
/// </summary>
public static class ReportBuilders
{
    /// <summary>A label with markup characters, as a board name from the data could carry.</summary>
    public const string HostileLabel = "<b>Board</b> & \"Co\" <script>alert(1)</script>";

    /// <summary>A board name holding characters XML 1.0 cannot carry: a control character, U+FFFF and a lone surrogate.</summary>
    public const string UnwritableBoard = "North\u0001\uFFFF\uD800 Board";

    /// <summary>A small report whose filters name <see cref="UnwritableBoard"/>.</summary>
    public static Report WithUnwritableBoard() => new()
    {
        Tables = [T2()],
        Provenance = Provenance() with { Filters = new Dictionary<string, string> { ["board"] = UnwritableBoard } },
    };

    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 26, 1, 2, 3, TimeSpan.Zero);

    public static Provenance Provenance(bool suppressed = true) => new()
    {
        PeriodLabel = "2005-07",
        DataSetHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        Filters = new Dictionary<string, string> { ["study_year"] = "2005-06", ["board"] = HostileLabel },
        Options = suppressed ? new Dictionary<string, string> { ["suppress_below"] = "6" } : new Dictionary<string, string>(),
        Version = "0.1.0-test",
        GeneratedAt = GeneratedAt,
    };

    public static Report Full() => new()
    {
        Tables = [T2(), F3(), T3(), T4(), T6(), T7(), T8(), T15(), T17(), T18(), T21(), F7(), AP2(), TM()],
        Provenance = Provenance(),
    };

    public static Report Of(params ReportTable[] tables) => new() { Tables = tables, Provenance = Provenance() };

    public static Cell Suppressed() => new() { Suppressed = true, Display = "<6" };

    /// <summary>A suppressed cell that still carries its numbers (4, 2%): no output may print them.</summary>
    public static Cell LeakySuppressed() => new() { Suppressed = true, Display = "<6", Count = 4, Percent = 2 };

    public static ReportRow Row(string key, string label, params (string Column, Cell Cell)[] cells) =>
        new(key, label, cells.ToDictionary(c => c.Column, c => c.Cell));

    public static ReportRow SubRow(string key, string label, params (string Column, Cell Cell)[] cells) =>
        Row(key, label, cells) with { Kind = RowKind.SubRow };

    private static readonly (string Key, string Label)[] AgeGroups =
        [("under_1", "<1yr"), ("1_5", "1-5yrs"), ("6_10", "6-10yrs"), ("11_15", "11-15yrs"), ("16_17", "16-17yrs")];

    /// <summary>T2: case column with a suppressed cell (and a second one so it cannot be worked out), a comparator column with counts and percents, one with percents only.</summary>
    public static ReportTable T2() => new()
    {
        Id = "T2",
        Title = "Age at time of incident, retrospective and population comparisons",
        Columns =
        [
            new("2005-07", "Frequency 2005-07", 189),
            new("2003-05", "Frequency 2003-05", 161, ColumnSource.Comparator),
            new("population", "Population 2006", null, ColumnSource.Comparator),
        ],
        Rows =
        [
            Row("under_1", "<1yr", ("2005-07", Cell.Of(86, 46)), ("2003-05", Cell.Of(76, 47)), ("population", new Cell { Percent = 6 })),
            Row("1_5", "1-5yrs", ("2005-07", Cell.Of(44, 23)), ("2003-05", Cell.Of(38, 24)), ("population", new Cell { Percent = 27 })),
            Row("6_10", "6-10yrs", ("2005-07", Suppressed()), ("2003-05", Cell.Of(13, 8)), ("population", new Cell { Percent = 30 })),
            Row("11_15", "11-15yrs", ("2005-07", Cell.Of(20, 11)), ("2003-05", Cell.Of(22, 14)), ("population", new Cell { Percent = 28 })),
            Row("16_17", "16-17yrs", ("2005-07", LeakySuppressed()), ("2003-05", Cell.Of(12, 7)), ("population", new Cell { Percent = 9 })),
        ],
        NotKnown = new Dictionary<string, int> { ["2005-07"] = 3 },
    };

    public static ReportTable F3() => new()
    {
        Id = "F3",
        Title = "Age categories",
        Columns = [new("2005-07", "2005-07", 189)],
        Rows =
        [
            Row("0_1m", "0-1 month", ("2005-07", Cell.Of(28, 15))),
            Row("2_3m", "2-3 months", ("2005-07", Cell.Of(26, 14))),
            Row("4_6m", "4-6 months", ("2005-07", Cell.Of(21, 11))),
            Row("7_12m", "7-12 months", ("2005-07", Cell.Of(10, 5))),
            Row("1_3y", "1-3 years", ("2005-07", Cell.Of(36, 19))),
            Row("4_5y", "4-5 years", ("2005-07", Cell.Of(9, 5))),
            Row("6_10y", "6-10 years", ("2005-07", Cell.Of(18, 10))),
            Row("11_15y", "11-15 years", ("2005-07", Cell.Of(20, 11))),
            Row("16y_plus", "16 years+", ("2005-07", Cell.Of(21, 11))),
        ],
    };

    public static ReportTable T3() => new()
    {
        Id = "T3",
        Title = "Gender and age",
        Columns = [new("female", "Female", 83), new("male", "Male", 106)],
        Rows = AgeGroups.Select((g, i) => Row(g.Key, g.Label, ("female", Cell.Of(34 - (i * 5), 41 - (i * 7))), ("male", Cell.Of(52 - (i * 9), 49 - (i * 9))))).ToList(),
    };

    /// <summary>T4: a hostile row label (as if from data) and comparator columns of percents only.</summary>
    public static ReportTable T4() => new()
    {
        Id = "T4",
        Title = "Ethnicity",
        Columns =
        [
            new("2005-07", "Frequency 2005-07", 173),
            new("2003-05", "Frequency 2003-05", 136, ColumnSource.Comparator),
            new("census", "Under 16s (2001 Census)", null, ColumnSource.Comparator),
        ],
        Rows =
        [
            Row("white", "White", ("2005-07", Cell.Of(125, 72)), ("2003-05", Cell.Of(101, 74)), ("census", new Cell { Percent = 88 })),
            Row("mixed", "Mixed", ("2005-07", Cell.Of(23, 13)), ("2003-05", Cell.Of(8, 6)), ("census", new Cell { Percent = 3 })),
            Row("black", "Black/Black British", ("2005-07", Cell.Of(13, 8)), ("2003-05", Cell.Of(17, 13)), ("census", new Cell { Percent = 3 })),
            Row("asian", "Asian/Asian British", ("2005-07", Cell.Of(8, 5)), ("2003-05", Cell.Of(8, 6)), ("census", new Cell { Percent = 6 })),
            Row("other", HostileLabel, ("2005-07", Suppressed()), ("2003-05", Cell.Of(2, 1)), ("census", new Cell { Percent = 1 })),
        ],
        NotKnown = new Dictionary<string, int> { ["2005-07"] = 16 },
    };

    public static ReportTable T6() => new()
    {
        Id = "T6",
        Title = "Birth order",
        Columns = [new("2005-07", "Frequency 2005-07", 169)],
        Rows =
        [
            Row("oldest", "Oldest child", ("2005-07", Cell.Of(22, 13))),
            Row("youngest", "Youngest child", ("2005-07", Cell.Of(75, 44))),
            Row("middle", "Both older and younger siblings", ("2005-07", Cell.Of(27, 16))),
            Row("only", "Only child", ("2005-07", Cell.Of(42, 25))),
            Row("twin", "Twin of single pregnancy", ("2005-07", LeakySuppressed())),
        ],
        NotKnown = new Dictionary<string, int> { ["2005-07"] = 20 },
    };

    /// <summary>T7: a value left out by definition (unclear), in the notes.</summary>
    public static ReportTable T7() => new()
    {
        Id = "T7",
        Title = "Index child subject of a child protection plan",
        Columns = [new("2005-07", "Frequency 2005-07", 171)],
        Rows =
        [
            Row("no", "No", ("2005-07", Cell.Of(123, 72))),
            Row("current", "Current", ("2005-07", Cell.Of(29, 17))),
            Row("past", "Past", ("2005-07", Cell.Of(19, 11))),
        ],
        NotKnown = new Dictionary<string, int> { ["2005-07"] = 12 },
        Notes = new Dictionary<string, int> { ["unclear"] = 6 },
    };

    /// <summary>T8: counts only (multi-response).</summary>
    public static ReportTable T8() => new()
    {
        Id = "T8",
        Kind = TableKind.MultiResponse,
        Title = "Category under which child the subject of a protection plan",
        Columns = [new("2005-07", "Frequency 2005-07", 45)],
        Rows =
        [
            Row("physical", "Physical", ("2005-07", Cell.Of(11))),
            Row("sexual", "Sexual", ("2005-07", Cell.Of(7))),
            Row("emotional", "Emotional", ("2005-07", Cell.Of(7))),
            Row("neglect", "Neglect", ("2005-07", Cell.Of(30))),
        ],
        NotKnown = new Dictionary<string, int> { ["2005-07"] = 3 },
    };

    /// <summary>T15: row percentages.</summary>
    public static ReportTable T15() => new()
    {
        Id = "T15",
        Title = "Incident type by age group",
        Columns = [new("death", "Death", 123), new("serious_injury", "Serious injury", 66)],
        Rows = AgeGroups.Select((g, i) => Row(g.Key, g.Label, ("death", Cell.Of(40 - (i * 5), 60 + i)), ("serious_injury", Cell.Of(27 - (i * 4), 40 - i)))).ToList(),
        RowPercentages = true,
    };

    /// <summary>T17: the head_injury_under_1 sub-row.</summary>
    public static ReportTable T17() => new()
    {
        Id = "T17",
        Title = "Type of injury / harm",
        Columns = [new("2005-07", "Frequency 2005-07", 180), new("2003-05", "Frequency 2003-05", 161, ColumnSource.Comparator)],
        Rows =
        [
            Row("physical_assault", "Physical assault", ("2005-07", Cell.Of(91, 51)), ("2003-05", Cell.Of(70, 43))),
            SubRow("head_injury_under_1", "Head injury, under 1 year", ("2005-07", Cell.Of(37, 21))),
            Row("neglect", "Neglect", ("2005-07", Cell.Of(30, 17)), ("2003-05", Cell.Of(35, 22))),
            Row("suicide", "Suicide", ("2005-07", Cell.Of(59, 33)), ("2003-05", Cell.Of(56, 35))),
        ],
        NotKnown = new Dictionary<string, int> { ["2005-07"] = 9 },
    };

    /// <summary>T18: a count column and two percent-only columns, a suppressed row.</summary>
    public static ReportTable T18() => new()
    {
        Id = "T18",
        Title = "Death / incident categorisation",
        Columns = [new("count", "Frequency 2005-07", 123), new("percent_of_deaths", "Percentage of the 123 deaths", null), new("percent_of_cases", "Percentage of the 189 cases", null)],
        Rows =
        [
            Row("A", "A: deliberate or overt filicide", ("count", Cell.Of(7)), ("percent_of_deaths", new Cell { Percent = 6 }), ("percent_of_cases", new Cell { Percent = 4 })),
            Row("B", "B: covert filicide", ("count", Cell.Of(27)), ("percent_of_deaths", new Cell { Percent = 22 }), ("percent_of_cases", new Cell { Percent = 14 })),
            Row("C", "C: severe physical assault", ("count", Suppressed()), ("percent_of_deaths", Suppressed()), ("percent_of_cases", Suppressed())),
            Row("total", "Total deaths", ("count", Cell.Of(123)), ("percent_of_deaths", new Cell { Percent = 100 }), ("percent_of_cases", new Cell { Percent = 65 })) with { Kind = RowKind.Total },
        ],
        NotKnown = new Dictionary<string, int> { ["count"] = 2 },
    };

    /// <summary>T21: median, minimum, maximum and n cells.</summary>
    public static ReportTable T21() => new()
    {
        Id = "T21",
        Kind = TableKind.Statistics,
        Title = "Progress of serious case reviews",
        Columns = [new("death", "Death", null), new("serious_injury", "Serious injury", null), new("all", "All", null)],
        Rows =
        [
            Row("incident_to_decision_weeks", "Incident to decision (weeks)",
                ("death", new Cell { Median = 4.3, Min = 0.1, Max = 40.6, N = 50 }),
                ("serious_injury", new Cell { Median = 5.1, Min = 0.4, Max = 31.0, N = 30 }),
                ("all", new Cell { Median = 4.7, Min = 0.1, Max = 40.6, N = 80 })),
            Row("decision_to_completion_months", "Decision to completion (months)",
                ("death", new Cell { Median = 7.2, Min = 2.5, Max = 19.9, N = 44 }),
                ("serious_injury", Suppressed()),
                ("all", new Cell { Median = 7.0, Min = 2.0, Max = 19.9, N = 70 })),
        ],
    };

    /// <summary>F7: ages by death category, counts.</summary>
    public static ReportTable F7() => new()
    {
        Id = "F7",
        Title = "Age profile of the different categories of maltreatment related deaths",
        Columns = AgeGroups.Select(g => new ReportColumn(g.Key, g.Label, null)).ToList(),
        Rows = new[] { "A", "B", "C", "D", "E", "suicide", "F", "G" }
            .Select((k, i) => new ReportRow(k, k, AgeGroups.Select((g, j) => (g.Key, (i + j) % 4 == 0 ? Suppressed() : Cell.Of((i * 3 + j * 2) % 9))).ToDictionary(x => x.Key, x => x.Item2)))
            .ToList(),
    };

    /// <summary>AP2: count and percent columns.</summary>
    public static ReportTable AP2() => new()
    {
        Id = "AP2",
        Kind = TableKind.Profile,
        Section = ReportSection.IntensiveSample,
        Title = "Characteristics of the intensive sample",
        Columns = [new("count", "Count", 40), new("percent", "Percent", 40)],
        Rows =
        [
            Row("premature", "Premature", ("count", Cell.Of(9)), ("percent", new Cell { Percent = 23 })),
            Row("disability", "Disability", ("count", Suppressed()), ("percent", Suppressed())),
            Row("toxic_trio_any", "Any of the toxic trio", ("count", Cell.Of(30)), ("percent", new Cell { Percent = 75 })),
        ],
    };

    /// <summary>TM: the threshold map, levels 4 … 1 by co-operation 1 … 5 and total.</summary>
    public static ReportTable TM()
    {
        int[,] counts = { { 6, 2, 0, 1, 0 }, { 4, 3, 0, 2, 1 }, { 5, 4, 0, 3, 2 }, { 1, 0, 0, 1, 1 } };
        var levels = new[] { "4", "3", "2", "1" };
        var columns = Enumerable.Range(1, 5).Select(i => new ReportColumn(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{i}: co-operation {i}", null)).ToList();
        columns.Add(new ReportColumn("total", "Total", 36));
        var rows = levels.Select((level, r) =>
        {
            var cells = Enumerable.Range(0, 5).ToDictionary(c => (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c => Cell.Of(counts[r, c]));
            cells["total"] = Cell.Of(Enumerable.Range(0, 5).Sum(c => counts[r, c]));
            return new ReportRow(level, $"Level {level}", cells);
        }).ToList();
        return new ReportTable { Id = "TM", Title = "Threshold map of level of intervention and co-operation", Columns = columns, Rows = rows, Section = ReportSection.IntensiveSample };
    }
}
