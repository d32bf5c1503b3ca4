using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;
using CaseLens.Interchange.Csv;

namespace CaseLens.Interchange;

/// <summary>
/// The notification coding sheet as CSV (notifications-csv.md, version 1): read row by row,
/// read or validate whole files, and write files that read back to the same records.
/// Malformed input never throws: every failure is an <see cref="ImportProblem"/>.
/// </summary>
public static class NotificationCsv
{
    private static readonly CsvSchema<Notification> Schema =
        new(NotificationColumns.All, NotificationCoding.Parse, NotificationCoding.Write);

    /// <summary>
    /// Streams the rows of a file, one result per data row, without holding the file in memory.
    /// File-level problems (empty file, bad header, wrong delimiter, not UTF-8, binary data, a quote
    /// never closed) come as a result with <see cref="RowResult{T}.IsFileProblem"/> set, after which
    /// nothing more is read. A header-only file yields nothing: it is valid and has no records.
    /// The stream is left open.
    /// </summary>
    public static IEnumerable<RowResult<Notification>> Read(Stream stream) => CsvTableReader.Read(stream, Schema);

    /// <summary>Every record of a valid file, or no records and every problem of an invalid one.</summary>
    public static ImportResult<Notification> ReadAll(Stream stream) => CsvImport.ReadAll(stream, Schema);

    /// <summary>Every problem of a file in one pass, without keeping the records; empty when it is valid.</summary>
    public static IReadOnlyList<ImportProblem> Validate(Stream stream) => CsvImport.Validate(stream, Schema);

    /// <summary>Writes the header and one row per record, in the given order. The stream is left open.</summary>
    public static void Write(Stream stream, IEnumerable<Notification> notifications) =>
        CsvTableWriter.Write(stream, notifications, Schema);
}
