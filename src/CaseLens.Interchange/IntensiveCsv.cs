using CaseLens.Domain.Intensive;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;
using CaseLens.Interchange.Csv;

namespace CaseLens.Interchange;

/// <summary>
/// The intensive sample coding sheet as CSV (intensive-csv.md, version 1): read row by row,
/// read or validate whole files, and write files that read back to the same records.
/// Malformed input never throws: every failure is a <see cref="Problem"/>. The
/// sheet has no dates, so it needs no clock.
/// </summary>
public static class IntensiveCsv
{
    private static readonly CsvSchema<IntensiveCase> Schema =
        new(IntensiveColumns.All, IntensiveCoding.Parse);

    /// <summary>
    /// Streams the rows of a file, one result per data row, without holding the file in memory.
    /// File-level problems (empty file, no records, bad header, wrong delimiter, not UTF-8, binary
    /// data, a quote never closed) come as a result with <see cref="RowResult{T}.IsFileProblem"/>
    /// set, after which nothing more is read.
    /// The stream is left open.
    /// </summary>
    public static IEnumerable<RowResult<IntensiveCase>> Read(Stream stream) => CsvTableReader.Read(stream, Schema);

    /// <summary>Every record of a valid file, or no records and every problem of an invalid one.</summary>
    public static ImportResult<IntensiveCase> ReadAll(Stream stream) => CsvImport.ReadAll(stream, Schema);

    /// <summary>Every problem of a file in one pass, without keeping the records; empty when it is valid.</summary>
    public static IReadOnlyList<Problem> Validate(Stream stream) => CsvImport.Validate(stream, Schema);

    /// <summary>Writes the header and one row per record, in the given order. The stream is left open.</summary>
    public static void Write(Stream stream, IEnumerable<IntensiveCase> cases) =>
        CsvTableWriter.Write(stream, cases, IntensiveColumns.All, IntensiveCoding.Write);
}
