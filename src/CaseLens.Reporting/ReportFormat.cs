namespace CaseLens.Reporting;

/// <summary>The outputs a <see cref="ReportWriter"/> can write.</summary>
public enum ReportFormat
{
    /// <summary>The machine-readable <c>scr-report/1</c> JSON document.</summary>
    Json,

    /// <summary>One self-contained, printable HTML page with the charts inline as SVG.</summary>
    Html,

    /// <summary>An Excel workbook: an About sheet, then one sheet per table named by its id.</summary>
    Xlsx,

    /// <summary>A Word document with real styles, captioned tables and the charts as PNG.</summary>
    Docx,

    /// <summary>One tidy CSV table, a line per cell, for R, SPSS or Stata.</summary>
    Csv,
}
