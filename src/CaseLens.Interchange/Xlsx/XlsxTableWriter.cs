using System.Globalization;
using System.IO.Compression;
using System.Text;
using CaseLens.Domain.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseLens.Interchange.Xlsx;

/// <summary>
/// Writes one table of records as an xlsx workbook, streaming: the zip entries are compressed as
/// they are written (the output need not seek) and each sheet is written row by row with an
/// <see cref="OpenXmlWriter"/>, so a million rows need little memory. The package parts are
/// written directly because the SDK's package model cannot write to a write-only zip. Sheets: the
/// data (header of column names, frozen), <c>codes</c> (column, code, label) and <c>columns</c>
/// (name, required, kind, description).
/// </summary>
internal static class XlsxTableWriter
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SpreadsheetTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private static readonly OpenXmlAttribute PreserveSpace =
        new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    public static void Write(Stream stream, string sheetName, IReadOnlyList<ColumnDefinition> columns, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rows);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        string[] names = [sheetName, "codes", "columns"];
        WriteSheet(zip, 1, [.. columns.Select(c => c.Name)], rows, columns);
        WriteSheet(zip, 2, ["column", "code", "label"], CodeRows(columns), null);
        WriteSheet(zip, 3, ["column", "required", "kind", "description"], ColumnRows(columns), null);

        using (var entry = Entry(zip, "xl/styles.xml"))
        using (var writer = OpenXmlWriter.Create(entry))
        {
            writer.WriteElement(SheetStyles.Create());
        }

        using (var entry = Entry(zip, "xl/workbook.xml"))
        using (var writer = OpenXmlWriter.Create(entry))
        {
            writer.WriteStartElement(new Workbook());
            writer.WriteStartElement(new Sheets());
            for (var i = 0; i < names.Length; i++)
            {
                writer.WriteElement(new Sheet { Name = names[i], SheetId = (uint)(i + 1), Id = Id(i + 1) });
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var sheets = Enumerable.Range(1, names.Length);
        Text(zip, "[Content_Types].xml", Declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{SpreadsheetTypes}.sheet.main+xml\"/>"
            + $"<Override PartName=\"/xl/styles.xml\" ContentType=\"{SpreadsheetTypes}.styles+xml\"/>"
            + string.Concat(sheets.Select(i => $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"{SpreadsheetTypes}.worksheet+xml\"/>"))
            + "</Types>");
        Text(zip, "_rels/.rels", Declaration
            + $"<Relationships xmlns=\"{Relationships}\">"
            + $"<Relationship Id=\"rId1\" Type=\"{OfficeRelationships}/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
        Text(zip, "xl/_rels/workbook.xml.rels", Declaration
            + $"<Relationships xmlns=\"{Relationships}\">"
            + string.Concat(sheets.Select(i => $"<Relationship Id=\"{Id(i)}\" Type=\"{OfficeRelationships}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"))
            + $"<Relationship Id=\"{Id(names.Length + 1)}\" Type=\"{OfficeRelationships}/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>");
    }

    /// <summary>Writes a sheet; typed cells when <paramref name="types"/> is given, text otherwise.</summary>
    private static void WriteSheet(
        ZipArchive zip, int number, string[] header, IEnumerable<string[]> rows, IReadOnlyList<ColumnDefinition>? types)
    {
        using var entry = Entry(zip, string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{number}.xml"));
        using var writer = OpenXmlWriter.Create(entry);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = 1,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        var rowNumber = 1;
        WriteRow(writer, rowNumber, header.Select((name, i) => (SheetCell?)SheetCells.Text(name, CellReference.Of(i + 1, 1), SheetStyles.Header)));
        foreach (var row in rows)
        {
            var r = ++rowNumber;
            WriteRow(writer, r, row.Select((text, i) => types is null
                ? (text.Length == 0 ? null : SheetCells.Text(text, CellReference.Of(i + 1, r)))
                : SheetCells.For(types[i], text, CellReference.Of(i + 1, r))));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int number, IEnumerable<SheetCell?> cells)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, number.ToString(CultureInfo.InvariantCulture))]);
        foreach (var cell in cells)
        {
            if (cell is { } c)
            {
                WriteCell(writer, c);
            }
        }

        writer.WriteEndElement();
    }

    // Written tag by tag: building a Cell element per value costs several times more.
    private static void WriteCell(OpenXmlWriter writer, SheetCell cell)
    {
        var attributes = new List<OpenXmlAttribute>(3) { new("r", string.Empty, cell.Reference) };
        if (cell.Style != SheetStyles.Plain)
        {
            attributes.Add(new("s", string.Empty, cell.Style.ToString(CultureInfo.InvariantCulture)));
        }

        if (cell.IsNumber)
        {
            writer.WriteStartElement(new Cell(), attributes);
            writer.WriteStartElement(new CellValue());
            writer.WriteString(cell.Value);
            writer.WriteEndElement();
        }
        else
        {
            attributes.Add(new("t", string.Empty, "inlineStr"));
            writer.WriteStartElement(new Cell(), attributes);
            writer.WriteStartElement(new InlineString());
            writer.WriteStartElement(new Text(), [PreserveSpace]);
            writer.WriteString(cell.Value);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static Stream Entry(ZipArchive zip, string name) => zip.CreateEntry(name, CompressionLevel.Fastest).Open();

    private static void Text(ZipArchive zip, string name, string xml)
    {
        using var entry = Entry(zip, name);
        entry.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static string Id(int number) => string.Create(CultureInfo.InvariantCulture, $"rId{number}");

    private static IEnumerable<string[]> CodeRows(IReadOnlyList<ColumnDefinition> columns) =>
        columns.SelectMany(c => c.Codes.Select(code => new[] { c.Name, code.Key, code.Value }));

    private static IEnumerable<string[]> ColumnRows(IReadOnlyList<ColumnDefinition> columns) =>
        columns.Select(c => new[] { c.Name, c.Required ? "yes" : "no", c.Kind.ToString(), c.Description });
}
