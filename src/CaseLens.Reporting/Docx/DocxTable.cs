using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Wording;
using DocumentFormat.OpenXml.Wordprocessing;
using Cell = CaseLens.Analysis.Reports.Cell;

namespace CaseLens.Reporting.Docx;

/// <summary>One report table as a Word table: a repeated header row with n= under each heading, a row per report row.</summary>
internal static class DocxTable
{
    public static Table Of(ReportTable table)
    {
        var result = new Table(new TableProperties(
            new TableStyle { Val = DocxStyles.TableGrid },
            new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto },
            DocxStyles.Borders(),
            new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoHorizontalBand = true, NoVerticalBand = true },
            new TableCaption { Val = TableLabel.Caption(table) }));

        var grid = new TableGrid(new GridColumn { Width = "3000" });
        foreach (var unused in table.Columns)
        {
            grid.Append(new GridColumn { Width = "1400" });
        }

        result.Append(grid);

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(CellOf(string.Empty, DocxStyles.TableHeading));
        foreach (var column in table.Columns)
        {
            var n = ColumnHeading.Base(table, column);
            header.Append(n.Length == 0
                ? CellOf(ColumnHeading.Label(column), DocxStyles.TableHeading)
                : CellOf([ColumnHeading.Label(column), n], DocxStyles.TableHeading));
        }

        result.Append(header);
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            tableRow.Append(CellOf(row.Label, row.IsSubRow ? DocxStyles.TableSubRow : DocxStyles.TableText));
            foreach (var column in table.Columns)
            {
                Cell? cell = row.Cells.TryGetValue(column.Key, out var found) ? found : null;
                tableRow.Append(CellOf(CellText.Format(cell), DocxStyles.TableNumber));
            }

            result.Append(tableRow);
        }

        return result;
    }

    private static TableCell CellOf(string text, string style) => CellOf([text], style);

    /// <summary>A cell with a paragraph per line (a heading's label and its n).</summary>
    private static TableCell CellOf(IReadOnlyList<string> lines, string style)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto, Width = "0" }));
        foreach (var line in lines)
        {
            cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), DocxText.Run(line)));
        }

        return cell;
    }
}
