using System.Globalization;
using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// One row of a comparator file as a <see cref="ComparatorFigure"/>: a known table and one of its
/// rows, a column name, and a count (0 or more) and/or a whole-number percent (0–100). Cells are
/// trimmed. The figure's line is set by the reader.
/// </summary>
internal static class ComparatorCoding
{
    public const string Table = "table";
    public const string Row = "row";
    public const string Column = "column";
    public const string Count = "count";
    public const string Percent = "percent";

    /// <summary>Every column must be in the header; only count or percent may be empty, not both.</summary>
    public static IReadOnlyList<ColumnDefinition> Columns { get; } =
    [
        new(Table, true, ColumnKind.Text, "the table id, e.g. T4"),
        new(Row, true, ColumnKind.Text, "the key of one of the table's rows, e.g. white"),
        new(Column, true, ColumnKind.Text, "the comparator column's name, e.g. 2003-05 or census"),
        new(Count, true, ColumnKind.Integer, "the published count, 0 or more; empty when only a percent is published"),
        new(Percent, true, ColumnKind.Integer, "the published whole-number percent, 0 to 100; empty when only a count is published"),
    ];

    public static ParseResult<ComparatorFigure> Parse(Func<string, string?> cells)
    {
        var problems = new List<Problem>();
        string Cell(string name) => (cells(name) ?? string.Empty).Trim();
        var (table, row, column) = (Cell(Table), Cell(Row), Cell(Column));
        if (!TableCatalog.Contains(table))
        {
            problems.Add(Invalid(Table, $"unknown table '{table}'; expected one of {string.Join(' ', TableCatalog.Ids)}"));
        }
        else if (!TableCatalog.HasRow(table, row))
        {
            problems.Add(Invalid(Row, $"'{row}' is not a row of {table}"));
        }

        if (column.Length == 0)
        {
            problems.Add(new Problem("cell.required", "the column name is empty", Column: Column));
        }

        var count = Number(Count, Cell(Count), int.MaxValue, problems);
        var percent = Number(Percent, Cell(Percent), 100, problems);
        if (Cell(Count).Length == 0 && Cell(Percent).Length == 0)
        {
            problems.Add(new Problem("cell.required", "neither a count nor a percent"));
        }

        return problems.Count == 0
            ? ParseResult<ComparatorFigure>.Success(new ComparatorFigure(table, row, column, count, percent))
            : ParseResult<ComparatorFigure>.Failure(problems);
    }

    private static int? Number(string name, string text, int max, List<Problem> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
        {
            return value;
        }

        problems.Add(Invalid(name, $"'{text}' is not a whole number from 0 to {max.ToString(CultureInfo.InvariantCulture)}"));
        return null;
    }

    private static Problem Invalid(string column, string message) => new("cell.invalid", message, Column: column);
}
