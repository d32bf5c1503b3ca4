using CaseLens.Domain.Problems;

namespace CaseLens.Interchange.Csv;

/// <summary>Whole-file imports on top of the streaming reader.</summary>
internal static class CsvImport
{
    public static ImportResult<T> ReadAll<T>(Stream stream, CsvSchema<T> schema)
        where T : class
    {
        var records = new List<T>();
        var problems = new List<Problem>();
        foreach (var row in CsvTableReader.Read(stream, schema))
        {
            if (row.Record is { } record)
            {
                if (problems.Count == 0)
                {
                    records.Add(record);
                }
            }
            else
            {
                problems.AddRange(row.Problems);
                records.Clear();
            }
        }

        return new ImportResult<T>(records, problems);
    }

    public static IReadOnlyList<Problem> Validate<T>(Stream stream, CsvSchema<T> schema)
        where T : class =>
        [.. CsvTableReader.Read(stream, schema).SelectMany(row => row.Problems)];
}
