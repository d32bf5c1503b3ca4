using System.Globalization;
using System.Text;
using System.Xml;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;
using CaseLens.Interchange.Csv;
using CaseLens.Interchange.Xlsx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseLens.Interchange;

/// <summary>
/// Turns the workbook <see cref="CaseWorkbook"/> writes (or the same workbook saved again by a
/// spreadsheet program) back into the interchange CSV, so that it is read, validated and imported
/// by exactly the CSV reader and rules and nothing of the format is decided twice. Only the first
/// sheet is read; its first row is the header, written as it is (the CSV reader judges it). Each cell
/// goes back to its interchange text: labels to their codes (several joined by <c>;</c>), dates
/// (serial numbers) to <c>yyyy-mm-dd</c>, whole numbers to digits; a value that is not one of
/// these is kept as it is, for the rules to refuse with their own words. Rows with no cell are
/// left out. <see cref="WorkbookRows.SheetRowOf"/> gives the sheet row of a CSV line, so problems
/// name the row a person sees in the spreadsheet.
/// </summary>
public static class CaseWorkbookText
{
    /// <summary>The code of a file that is not a workbook this can read.</summary>
    public const string UnreadableCode = "xlsx.unreadable";

    /// <summary>A notifications workbook as notifications CSV written to <paramref name="csv"/> (left open).</summary>
    public static Result<WorkbookRows> Notifications(Stream workbook, Stream csv) => Convert(workbook, csv, NotificationColumns.All);

    /// <summary>An intensive-sample workbook as intensive CSV written to <paramref name="csv"/> (left open).</summary>
    public static Result<WorkbookRows> Intensive(Stream workbook, Stream csv) => Convert(workbook, csv, IntensiveColumns.All);

    private static Result<WorkbookRows> Convert(Stream workbook, Stream csv, IReadOnlyList<ColumnDefinition> catalogue)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(csv);
        try
        {
            using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
            var part = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var first = part.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
            var sheet = (WorksheetPart)part.GetPartById(first.Id!.Value!);
            var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            return Result<WorkbookRows>.Ok(Write(Rows(sheet, shared), csv, catalogue));
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or KeyNotFoundException or ArgumentException or IOException)
        {
            // The exception's text may quote the file; the problem says only what to do.
            return Result<WorkbookRows>.Fail(ProblemKind.Invalid, new Problem(
                UnreadableCode, "The file is not an xlsx workbook that can be read: upload a CSV file, or the workbook caselens export writes."));
        }
    }

    /// <summary>Each row of the sheet with its 1-based number and its cells' text by 0-based column.</summary>
    private static IEnumerable<(long Row, SortedDictionary<int, string> Cells)> Rows(WorksheetPart sheet, string[] shared)
    {
        using var reader = OpenXmlReader.Create(sheet);
        long lastRow = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (long)index : lastRow + 1;
            lastRow = number;
            var cells = new SortedDictionary<int, string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? CellReference.ColumnIndexOf(reference) : next;
                next = column + 1;
                var text = TextOf(cell, shared);
                if (text.Length > 0)
                {
                    cells[column] = text;
                }
            }

            yield return (number, cells);
        }
    }

    private static string TextOf(Cell cell, string[] shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var value = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : string.Empty;
        }

        return type == CellValues.Boolean ? (value == "1" ? "TRUE" : "FALSE") : value;
    }

    private static WorkbookRows Write(IEnumerable<(long Row, SortedDictionary<int, string> Cells)> rows, Stream csv, IReadOnlyList<ColumnDefinition> catalogue)
    {
        var byName = catalogue.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var lines = new List<(long Line, long Row)>();
        ColumnDefinition?[] columns = [];
        var line = 1L;
        using var writer = new StreamWriter(csv, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        foreach (var (row, cells) in rows)
        {
            if (cells.Count == 0)
            {
                continue;
            }

            var width = lines.Count == 0 ? cells.Keys.Max() + 1 : columns.Length;
            var texts = new string[width];
            for (var i = 0; i < width; i++)
            {
                var text = cells.GetValueOrDefault(i, string.Empty);
                texts[i] = lines.Count == 0 ? text : ToInterchange(columns[i], text);
            }

            if (lines.Count == 0)
            {
                columns = [.. texts.Select(name => byName.GetValueOrDefault(name))];
            }

            lines.Add((line, row));
            foreach (var text in texts)
            {
                line += LineBreaks(text);
            }

            writer.WriteLine(string.Join(',', texts.Select(CsvField.Quoted)));
            line++;
        }

        return new WorkbookRows(lines);
    }

    /// <summary>A cell's text as the interchange CSV has it.</summary>
    private static string ToInterchange(ColumnDefinition? column, string text)
    {
        if (column is null || text.Length == 0)
        {
            return text;
        }

        switch (column.Kind)
        {
            case ColumnKind.Date when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case ColumnKind.Integer when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number) && Math.Abs(number) < int.MaxValue:
                return ((long)number).ToString(CultureInfo.InvariantCulture);
            case ColumnKind.Code or ColumnKind.YesNo:
                return CodeOf(column, text);
            case ColumnKind.Codes:
                return string.Join(';', text.Split(';').Select(part => CodeOf(column, part.Trim())));
            default:
                return text;
        }
    }

    private static string CodeOf(ColumnDefinition column, string label)
    {
        foreach (var (code, name) in column.Codes)
        {
            if (string.Equals(name, label, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return label;
    }

    /// <summary>Line breaks in a field as the CSV reader counts them: CR, LF or CR LF, each once.</summary>
    private static int LineBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>Where each record of the CSV made from a workbook came from: the sheet row of each CSV line where a record starts.</summary>
public sealed class WorkbookRows
{
    private readonly List<(long Line, long Row)> _starts;

    internal WorkbookRows(List<(long Line, long Row)> starts) => _starts = starts;

    /// <summary>The sheet row of the record that starts at CSV line <paramref name="line"/> (or holds it).</summary>
    public long SheetRowOf(long line)
    {
        var found = line;
        foreach (var (start, row) in _starts)
        {
            if (start > line)
            {
                break;
            }

            found = row;
        }

        return found;
    }
}
