using CaseLens.Domain.Validation;

namespace CaseLens.Interchange.Csv;

/// <summary>What the CSV engine needs to know about one format: its columns and its coding.</summary>
internal sealed record CsvSchema<T>(
    IReadOnlyList<ColumnDefinition> Columns,
    Func<Func<string, string?>, ParseResult<T>> Parse,
    Func<T, string[]> Write)
    where T : class
{
    public const string IdColumn = "case_id";
}
