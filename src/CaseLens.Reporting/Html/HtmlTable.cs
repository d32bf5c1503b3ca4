using System.Net;
using System.Text;
using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Charts;
using CaseLens.Reporting.Wording;

namespace CaseLens.Reporting.Html;

/// <summary>One table's section of the page: the table, its notes and the figures drawn from it.</summary>
internal static class HtmlTable
{
    public static void Append(StringBuilder html, ReportTable table, IReadOnlyList<Chart> charts)
    {
        var id = E(table.Id);
        html.Append("<section class=\"report-table\" id=\"table-").Append(id).Append("\">\n")
            .Append("<table data-table-id=\"").Append(id).Append("\">\n<caption>").Append(E(TableLabel.Caption(table))).Append("</caption>\n")
            .Append("<thead>\n<tr><td></td>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\"").Append(ComparatorClass(column)).Append(" data-key=\"").Append(E(column.Key)).Append("\">")
                .Append(E(ColumnHeading.Label(column)));
            var n = ColumnHeading.Base(table, column);
            if (n.Length > 0)
            {
                html.Append(" <span class=\"n\">").Append(E(n)).Append("</span>");
            }

            html.Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            var rowClass = row.IsSubRow ? " class=\"sub-row\"" : row.IsTotal ? " class=\"total\"" : string.Empty;
            html.Append("<tr").Append(rowClass).Append(" data-key=\"").Append(E(row.Key)).Append("\"><th scope=\"row\">").Append(E(row.Label)).Append("</th>");
            foreach (var column in table.Columns)
            {
                var cell = row.Cells.TryGetValue(column.Key, out var found) ? found : null;
                var classes = new List<string>(2);
                if (column.Source == ColumnSource.Comparator)
                {
                    classes.Add("comparator");
                }

                if (cell?.Suppressed == true)
                {
                    classes.Add("suppressed");
                }

                html.Append("<td").Append(classes.Count > 0 ? $" class=\"{string.Join(' ', classes)}\"" : string.Empty).Append('>')
                    .Append(E(CellText.Format(cell))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        var notes = TableNotes.Lines(table);
        if (notes.Count > 0)
        {
            html.Append("<div class=\"notes\">\n");
            foreach (var line in notes)
            {
                html.Append("<p>").Append(E(line)).Append("</p>\n");
            }

            html.Append("</div>\n");
        }

        foreach (var chart in charts)
        {
            html.Append("<figure class=\"chart\" id=\"figure-").Append(E(chart.Id)).Append("\">\n")
                .Append(Labelled(chart)).Append('\n')
                .Append("<figcaption>").Append(E(chart.Caption)).Append("</figcaption>\n</figure>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The chart's SVG marked as one image named by its caption, for screen readers.</summary>
    private static string Labelled(Chart chart)
    {
        var at = chart.Svg.IndexOf("<svg", StringComparison.Ordinal);
        return at < 0
            ? chart.Svg
            : string.Concat(chart.Svg.AsSpan(0, at + 4), $" role=\"img\" aria-label=\"{E(chart.Caption)}\"", chart.Svg.AsSpan(at + 4));
    }

    private static string ComparatorClass(ReportColumn column) =>
        column.Source == ColumnSource.Comparator ? " class=\"comparator\"" : string.Empty;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
