using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Tests.Json;

/// <summary>A small report with every kind of cell the JSON form has.</summary>
internal static class SampleReport
{
    public static ReportTable AgeTable { get; } = new()
    {
        Id = "T2",
        Title = "Age at time of incident",
        Columns =
        [
            new("2005-07", "Frequency 2005-07", 189),
            new("2003-05", "Frequency 2003-05", 161, ColumnSource.Comparator),
            new("census", "Population", null, ColumnSource.Comparator),
        ],
        Rows =
        [
            new("under_1", "<1yr", new Dictionary<string, Cell>
            {
                ["2005-07"] = Cell.Of(86, 46),
                ["2003-05"] = Cell.Of(76, 47),
                ["census"] = new() { Percent = 6 },
            }),
            new("16_17", "16-17yrs", new Dictionary<string, Cell>
            {
                ["2005-07"] = new() { Suppressed = true, Display = "<6" },
                ["2003-05"] = Cell.Of(15, 9),
            }),
            new("head_injury_under_1", "Head injury under 1", new Dictionary<string, Cell> { ["2005-07"] = Cell.Of(20, 11) }, RowKind.SubRow),
        ],
        NotKnown = new Dictionary<string, int> { ["2005-07"] = 0 },
        Notes = new Dictionary<string, int> { ["unclear"] = 3, ["another"] = 1 },
    };

    public static ReportTable DeathsTable { get; } = new()
    {
        Id = "T18",
        Title = "Categories of death",
        Columns = [new("count", "Number", 123), new("percent_of_deaths", "% of deaths", 123)],
        Rows =
        [
            new("A", "Deliberate", new Dictionary<string, Cell> { ["count"] = Cell.Of(7), ["percent_of_deaths"] = new() { Percent = 6 } }),
        ],
    };

    public static ReportTable TimesTable { get; } = new()
    {
        Id = "T21",
        Title = "Time taken",
        Columns = [new("death", "Death", null), new("all", "All", null)],
        Rows =
        [
            new("incident_to_decision_weeks", "Weeks", new Dictionary<string, Cell>
            {
                ["death"] = new() { Median = 5.5, Min = 0, Max = 58.1, N = 40 },
                ["all"] = new() { Median = 6, Min = 0.1, Max = 58.1, N = 70 },
            }),
        ],
        RowPercentages = true,
    };

    public static Report Report { get; } = new()
    {
        Tables = [AgeTable, DeathsTable, TimesTable],
        Provenance = new Provenance
        {
            PeriodLabel = "2005-07",
            DataSetHash = "ab12",
            Filters = new Dictionary<string, string> { ["study_year"] = "2005-06" },
            Options = new Dictionary<string, string> { ["suppress_below"] = "6", ["a"] = "b" },
            Version = "0.1.0",
            GeneratedAt = new DateTimeOffset(2026, 11, 26, 1, 2, 3, TimeSpan.Zero),
        },
    };
}
