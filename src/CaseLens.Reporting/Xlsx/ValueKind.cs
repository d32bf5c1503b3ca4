namespace CaseLens.Reporting.Xlsx;

/// <summary>The numbers a cell can hold, each written to its own spreadsheet column.</summary>
internal enum ValueKind
{
    Count,
    Percent,
    Median,
    Min,
    Max,
    N,
}
