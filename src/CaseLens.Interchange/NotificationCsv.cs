using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;
using CaseLens.Interchange.Csv;

namespace CaseLens.Interchange;

/// <summary>
/// The notification coding sheet as CSV (notifications-csv.md, version 1): read row by row,
/// read or validate whole files, and write files that read back to the same records.
/// Malformed input never throws: every failure is a <see cref="Problem"/>. Dates after today are
/// refused; today is read once per file from the <see cref="TimeProvider"/> given.
/// </summary>
public static class NotificationCsv
{
    /// <summary>
    /// Streams the rows of a file, one result per data row, without holding the file in memory.
    /// File-level problems (empty file, no records, bad header, wrong delimiter, not UTF-8, binary
    /// data, a quote never closed) come as a result with <see cref="RowResult{T}.IsFileProblem"/>
    /// set, after which nothing more is read. The stream is left open.
    /// </summary>
    public static IEnumerable<RowResult<Notification>> Read(Stream stream, TimeProvider time) =>
        CsvTableReader.Read(stream, Schema(DateLimits.Today(time)));

    /// <summary>
    /// Reads the records of a plainly valid file on <paramref name="parallelism"/> threads and hands
    /// each to <paramref name="consume"/>, in file order, on the caller's thread: true when the whole
    /// file was read so. False, having handed over only part of it, as soon as the file is not plainly
    /// valid (any problem the exact reader would word, or anything it might read otherwise; see
    /// <c>ParallelCsvScan</c>): the caller must then drop what it was given and read the file again
    /// with <see cref="Read"/>, which words every problem. That includes two ids that may name one case
    /// (<c>CaseIdHashes</c>), found only once the whole file has been handed over.
    /// </summary>
    public static bool TryReadValid(Stream stream, TimeProvider time, int parallelism, Action<Notification> consume)
    {
        ArgumentNullException.ThrowIfNull(consume);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        using var ids = new CaseIdHashes();
        return ParallelCsvScan.TryScan(stream, Schema(DateLimits.Today(time)), parallelism, n => n, consume, ids) && !ids.AnyRepeated();
    }

    /// <summary>Every record of a valid file, or no records and every problem of an invalid one.</summary>
    public static ImportResult<Notification> ReadAll(Stream stream, TimeProvider time) =>
        CsvImport.ReadAll(stream, Schema(DateLimits.Today(time)));

    /// <summary>
    /// The counts the report tables need of the notifications of a valid file that match
    /// <paramref name="scope"/>, read on <paramref name="parallelism"/> threads without keeping the
    /// records; or every problem of an invalid file, as <see cref="ReadAll"/> gives them.
    /// <paramref name="open"/> may be called more than once: a file the fast reading cannot vouch for
    /// is read again by the exact reader.
    /// </summary>
    public static CountResult Count(Func<Stream> open, TimeProvider time, NotificationFilter scope, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        return NotificationCount.Count(open, Schema(DateLimits.Today(time)), scope, parallelism);
    }

    /// <summary>Every problem of a file in one pass, without keeping the records; empty when it is valid.</summary>
    public static IReadOnlyList<Problem> Validate(Stream stream, TimeProvider time) =>
        CsvImport.Validate(stream, Schema(DateLimits.Today(time)));

    /// <summary>Writes the header and one row per record, in the given order. The stream is left open.</summary>
    public static void Write(Stream stream, IEnumerable<Notification> notifications) =>
        CsvTableWriter.Write(stream, notifications, NotificationColumns.All, NotificationCoding.Write);

    internal static CsvSchema<Notification> Schema(DateLimits limits) =>
        new(NotificationColumns.All, cells => NotificationCoding.Parse(cells, limits));
}
