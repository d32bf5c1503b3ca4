using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Wording;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Cell = CaseLens.Analysis.Reports.Cell;

namespace CaseLens.Reporting.Xlsx;

/// <summary>
/// Writes a report as an Excel workbook: a first sheet "About" with the provenance and the list of
/// tables, then one sheet per table named by its id. A table sheet has a title row, a heading row per
/// report column (with its n) over a row naming each number (Count, %, Median …), one row per report row,
/// then the notes. Counts and statistics are numeric cells, percents are numbers formatted as percent
/// (46% is stored as 0.46), a suppressed cell is the text "&lt;6"; there are no formulas.
/// </summary>
public sealed class XlsxReportWriter
{
    public const string AboutSheet = "About";

    public void Write(Report report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);

        // The packaging API needs a seekable stream; the caller's may not be (an HTTP response).
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            DocumentTitle.Set(document, report.Provenance);
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyle.Sheet();
            var strings = new SharedStrings();
            var names = new SheetNames();

            AddSheet(workbookPart, sheets, names.Unique(AboutSheet), AboutRows(report, strings), [20, 90], frozen: false);
            foreach (var table in report.Tables)
            {
                var (builder, widths) = TableRows(table, strings);
                AddSheet(workbookPart, sheets, names.Unique(table.Id), builder, widths, frozen: true);
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.ToTable();
            workbookPart.Workbook.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static SheetBuilder AboutRows(Report report, SharedStrings strings)
    {
        var sheet = new SheetBuilder(strings);
        sheet.NextRow().Text(1, DocumentTitle.Of(report.Provenance), XlsxStyle.Title);
        sheet.NextRow();
        sheet.NextRow().Text(1, ProvenanceLines.Heading, XlsxStyle.Bold);
        foreach (var (name, value) in ProvenanceLines.Of(report.Provenance))
        {
            sheet.NextRow().Text(1, name).Text(2, value);
        }

        sheet.NextRow();
        sheet.NextRow().Text(1, "Sheet", XlsxStyle.Bold).Text(2, "Table", XlsxStyle.Bold);
        foreach (var table in report.Tables)
        {
            sheet.NextRow().Text(1, table.Id).Text(2, TableLabel.Caption(table));
        }

        if (report.Tables.Any(TableNotes.UsesSuppression))
        {
            sheet.NextRow();
            sheet.NextRow().Text(1, "Suppression", XlsxStyle.Bold)
                .Text(2, TableNotes.ReportLegend(report));
        }

        return sheet;
    }

    private static (SheetBuilder Sheet, double[] Widths) TableRows(ReportTable table, SharedStrings strings)
    {
        var groups = SheetColumns.Of(table);
        var sheet = new SheetBuilder(strings);
        sheet.NextRow().Text(1, TableLabel.Caption(table), XlsxStyle.Title);

        sheet.NextRow().Text(1, string.Empty, XlsxStyle.Header);
        var at = 2;
        foreach (var group in groups)
        {
            sheet.Text(at, ColumnHeading.Full(table, group.Column), XlsxStyle.Header);
            for (var i = 1; i < group.Kinds.Count; i++)
            {
                sheet.Text(at + i, string.Empty, XlsxStyle.Header);
            }

            sheet.Merge(at, at + group.Kinds.Count - 1);
            at += group.Kinds.Count;
        }

        sheet.NextRow().Text(1, string.Empty, XlsxStyle.Header);
        at = 2;
        foreach (var kind in groups.SelectMany(g => g.Kinds))
        {
            sheet.Text(at++, SheetColumns.Heading(kind), XlsxStyle.Header);
        }

        foreach (var row in table.Rows)
        {
            sheet.NextRow().Text(1, row.Label, row.IsSubRow ? XlsxStyle.SubRowLabel : row.IsTotal ? XlsxStyle.Bold : XlsxStyle.Normal);
            at = 2;
            foreach (var group in groups)
            {
                WriteCell(sheet, at, group, row.Cells.TryGetValue(group.Column.Key, out var cell) ? cell : null);
                at += group.Kinds.Count;
            }
        }

        var notes = TableNotes.Lines(table);
        if (notes.Count > 0)
        {
            sheet.NextRow();
            foreach (var line in notes)
            {
                sheet.NextRow().Text(1, line, XlsxStyle.Note);
            }
        }

        var widths = new double[at - 1];
        widths[0] = Math.Clamp(table.Rows.Select(r => r.Label.Length).DefaultIfEmpty(10).Max() + 4, 14, 60);
        for (var i = 1; i < widths.Length; i++)
        {
            widths[i] = 12;
        }

        return (sheet, widths);
    }

    private static void WriteCell(SheetBuilder sheet, int at, SheetColumns group, Cell? cell)
    {
        if (cell is null)
        {
            return;
        }

        if (cell.Suppressed)
        {
            sheet.Text(at, CellText.SuppressedMark(cell), XlsxStyle.Suppressed);
            return;
        }

        for (var i = 0; i < group.Kinds.Count; i++)
        {
            var kind = group.Kinds[i];
            if (SheetColumns.Value(cell, kind) is { } value)
            {
                var style = kind switch
                {
                    ValueKind.Percent => XlsxStyle.Percent,
                    ValueKind.Median or ValueKind.Min or ValueKind.Max => XlsxStyle.OneDecimal,
                    _ => XlsxStyle.Whole,
                };
                sheet.Number(at + i, value, style);
            }
        }
    }

    /// <param name="frozen">Whether the row labels and the three title and heading rows stay in view when scrolling.</param>
    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, SheetBuilder builder, double[] widths, bool frozen)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var worksheet = new Worksheet();
        if (frozen)
        {
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { HorizontalSplit = 1, VerticalSplit = 3, TopLeftCell = "B4", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomRight, ActiveCell = "B4", SequenceOfReferences = new ListValue<StringValue> { InnerText = "B4" } })
            {
                WorkbookViewId = 0,
            }));
        }

        worksheet.Append(columns, builder.Data);
        if (builder.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(builder.Merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)builder.Merges.Count });
        }

        part.Worksheet = worksheet;
        sheets.Append(new Sheet
        {
            Id = workbookPart.GetIdOfPart(part),
            SheetId = (uint)(sheets.ChildElements.Count + 1),
            Name = name,
        });
    }
}
