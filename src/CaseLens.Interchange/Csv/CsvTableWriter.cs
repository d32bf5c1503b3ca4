using CaseLens.Domain.Validation;
using CsvHelper;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// Writes records as RFC 4180 CSV (UTF-8 without a byte-order mark, CRLF line ends, quotes only where
/// needed), header in catalogue order. Text is written exactly as it is, so an import of the output
/// gives the same records; formula-looking text is not altered here (the xlsx export is the
/// spreadsheet-safe form).
/// </summary>
internal static class CsvTableWriter
{
    public static void Write<T>(Stream stream, IEnumerable<T> records, IReadOnlyList<ColumnDefinition> columns, Func<T, string[]> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        var options = CsvWriterOptions.Default with
        {
            Separator = ',',
            Mode = CsvMode.Rfc4180,
            Injection = CsvInjection.None,
            WriteByteOrderMark = false,
            NewLine = "\r\n",
        };

        using var writer = CsvWriter.Create(stream, options, leaveOpen: true);
        writer.WriteHeader([.. columns.Select(c => c.Name)]);
        foreach (var record in records)
        {
            writer.WriteRecord(write(record));
        }

        writer.Flush();
    }
}
