using System.Net;
using System.Text;
using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Charts;
using CaseLens.Reporting.Wording;

namespace CaseLens.Reporting.Html;

/// <summary>
/// Writes a report as one self-contained HTML page (UTF-8): inline CSS, charts inline as SVG, no script
/// and no external resource. Each table has a caption ("Table 2: …"), column and row headers with scope,
/// n= under each column heading, and its notes beneath; a suppression legend when cells are withheld;
/// the provenance last. Every text from the report is HTML-encoded.
/// </summary>
public sealed class HtmlReportWriter
{
    public void Write(Report report, Stream stream) => Write(report, ChartSet.For(report), stream);

    public void Write(Report report, ChartSet charts, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(stream);
        var html = new StringBuilder(64 * 1024);
        var title = E(DocumentTitle.Of(report.Provenance));
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>").Append(title).Append("</h1>\n");
        if (report.Tables.Any(TableNotes.UsesSuppression))
        {
            html.Append("<p class=\"legend\" id=\"suppression-legend\">").Append(E(TableNotes.ReportLegend(report))).Append("</p>\n");
        }

        html.Append("</header>\n");
        AppendContents(html, report);
        html.Append("<main>\n");
        foreach (var (section, tables) in Sections.Group(report))
        {
            html.Append("<section class=\"section\">\n<h2>").Append(E(Sections.Heading(section))).Append("</h2>\n");
            foreach (var table in tables)
            {
                HtmlTable.Append(html, table, charts.ForTable(table.Id));
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n");
        AppendProvenance(html, report.Provenance);
        html.Append("</body>\n</html>\n");

        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        writer.Write(html);
    }

    private static void AppendContents(StringBuilder html, Report report)
    {
        html.Append("<nav aria-label=\"Tables\">\n<h2>Contents</h2>\n<ol>\n");
        foreach (var table in Sections.Group(report).SelectMany(s => s.Tables))
        {
            html.Append("<li><a href=\"#table-").Append(E(table.Id)).Append("\">").Append(E(TableLabel.Caption(table))).Append("</a></li>\n");
        }

        html.Append("<li><a href=\"#provenance\">").Append(E(ProvenanceLines.Heading)).Append("</a></li>\n</ol>\n</nav>\n");
    }

    private static void AppendProvenance(StringBuilder html, Provenance provenance)
    {
        html.Append("<section id=\"provenance\">\n<h2>").Append(E(ProvenanceLines.Heading)).Append("</h2>\n<dl class=\"provenance\">\n");
        foreach (var (name, value) in ProvenanceLines.Of(provenance))
        {
            html.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");
        }

        html.Append("</dl>\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
