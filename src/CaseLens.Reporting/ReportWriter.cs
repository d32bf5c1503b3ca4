using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Charts;
using CaseLens.Reporting.Csv;
using CaseLens.Reporting.Docx;
using CaseLens.Reporting.Html;
using CaseLens.Reporting.Json;
using CaseLens.Reporting.Xlsx;

namespace CaseLens.Reporting;

/// <summary>
/// The one entry point for writing a report: picks the renderer for the format and writes the whole
/// document to the stream, which is left open. Charts are drawn once per call, only for the formats
/// that carry them (HTML and Word).
/// </summary>
public static class ReportWriter
{
    /// <summary>The file extension for a format, without the dot (<c>json</c>, <c>html</c>, <c>xlsx</c>, <c>docx</c>, <c>csv</c>).</summary>
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Json => "json",
        ReportFormat.Html => "html",
        ReportFormat.Xlsx => "xlsx",
        ReportFormat.Docx => "docx",
        ReportFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The media type for a format, for downloads.</summary>
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Json => "application/json",
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static void Write(Report report, ReportFormat format, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case ReportFormat.Json:
                ScrReportJsonWriter.Write(report, stream);
                break;
            case ReportFormat.Html:
                new HtmlReportWriter().Write(report, ChartSet.For(report), stream);
                break;
            case ReportFormat.Xlsx:
                new XlsxReportWriter().Write(report, stream);
                break;
            case ReportFormat.Docx:
                new DocxReportWriter().Write(report, ChartSet.For(report), stream);
                break;
            case ReportFormat.Csv:
                new TidyCsvReportWriter().Write(report, stream);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }
}
