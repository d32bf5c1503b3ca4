using CaseLens.Domain.Validation;

namespace CaseLens.Interchange.Csv;

/// <summary>What the CSV reader needs to know about one format: its columns and how a row becomes a record.</summary>
internal sealed record CsvSchema<T>(
    IReadOnlyList<ColumnDefinition> Columns,
    Func<RowCells, ParseResult<T>> Parse)
    where T : class
{
    public const string IdColumn = "case_id";
}
