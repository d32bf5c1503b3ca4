using CaseLens.Analysis.Comparators;
using CaseLens.Domain.Problems;
using CaseLens.Interchange.Csv;

namespace CaseLens.Interchange;

/// <summary>
/// The comparator file: published figures to print beside the data, as UTF-8 CSV (RFC 4180) with
/// the columns <c>table,row,column,count,percent</c> in any order. It is read by the same reader
/// as the case files, so it keeps their file rules (encoding, quoting, header, at least one
/// record), and taken whole or not at all. Malformed input never throws.
/// </summary>
public static class ComparatorCsv
{
    private static readonly CsvSchema<ComparatorFigure> Schema = new(ComparatorCoding.Columns, cells => ComparatorCoding.Parse(column => cells(column).ToString()));

    /// <summary>
    /// The figures of a valid file, or an <see cref="ProblemKind.Invalid"/> result with every problem,
    /// each on the line where its record starts (the header being line 1). The stream is left open.
    /// </summary>
    public static Result<ComparatorSet> Read(Stream stream)
    {
        var figures = new List<ComparatorFigure>();
        var problems = new List<Problem>();
        var firstLine = new Dictionary<(string, string, string), int>();
        foreach (var row in CsvTableReader.Read(stream, Schema))
        {
            if (row.Record is not { } read)
            {
                problems.AddRange(row.Problems);
                continue;
            }

            var figure = read with { Line = row.Line };
            if (firstLine.TryAdd((figure.Table, figure.Row, figure.Column), row.Line))
            {
                figures.Add(figure);
            }
            else
            {
                problems.Add(new Problem(
                    "comparator.duplicate_figure",
                    $"a second figure for {figure.Table}, row {figure.Row}, column {figure.Column} (the first is on line {firstLine[(figure.Table, figure.Row, figure.Column)]})",
                    row.Line));
            }
        }

        return problems.Count == 0
            ? Result<ComparatorSet>.Ok(new ComparatorSet(figures))
            : Result<ComparatorSet>.Fail(ProblemKind.Invalid, problems);
    }
}
