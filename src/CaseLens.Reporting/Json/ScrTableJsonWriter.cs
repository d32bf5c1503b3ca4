using System.Text.Json;
using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Json;

/// <summary>
/// One table of <c>scr-report/1</c>. A cell carries only the members it has (count and percent; only a
/// count or only a percent in T8/T10/T18/T19/AP2; median, min, max and n in T21). A suppressed cell is
/// exactly <c>{"count": null, "suppressed": true, "display": "&lt;6"}</c>, with <c>"percent": null</c>
/// after the count when its column gives percentages.
/// </summary>
internal static class ScrTableJsonWriter
{
    public static void Write(Utf8JsonWriter writer, ReportTable table)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Id, table.Id);
        writer.WriteString(JsonNames.Title, table.Title);
        if (table.RowPercentages)
        {
            writer.WriteBoolean(JsonNames.RowPercentages, true);
        }

        var percentColumns = table.Columns
            .Where(c => table.Rows.Any(r => r.Cells.TryGetValue(c.Key, out var cell) && cell.Percent is not null))
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);

        writer.WriteStartArray(JsonNames.Columns);
        foreach (var column in table.Columns)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Key, column.Key);
            writer.WriteString(JsonNames.Label, column.Label);
            WriteNumberOrNull(writer, JsonNames.N, column.N);
            writer.WriteString(JsonNames.Source, column.Source == ColumnSource.Cases ? JsonNames.Cases : JsonNames.Comparator);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(JsonNames.Rows);
        foreach (var row in table.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Key, row.Key);
            writer.WriteString(JsonNames.Label, row.Label);
            if (row.IsSubRow)
            {
                writer.WriteBoolean(JsonNames.SubRow, true);
            }

            writer.WriteStartObject(JsonNames.Cells);
            foreach (var column in table.Columns)
            {
                if (row.Cells.TryGetValue(column.Key, out var cell))
                {
                    writer.WritePropertyName(column.Key);
                    WriteCell(writer, cell, percentColumns.Contains(column.Key));
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteCounts(writer, JsonNames.NotKnown, table.NotKnown, table.Columns);
        WriteCounts(writer, JsonNames.Notes, table.Notes, table.Columns);
        if (table.Withheld.Count > 0)
        {
            writer.WriteStartObject(JsonNames.Withheld);
            foreach (var (key, mark) in table.Withheld.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, mark);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter writer, Cell cell, bool columnHasPercent)
    {
        writer.WriteStartObject();
        if (cell.Suppressed)
        {
            writer.WriteNull(JsonNames.Count);
            if (columnHasPercent)
            {
                writer.WriteNull(JsonNames.Percent);
            }

            writer.WriteBoolean(JsonNames.Suppressed, true);
            writer.WriteString(JsonNames.Display, cell.Display ?? string.Empty);
            writer.WriteEndObject();
            return;
        }

        WriteIfSet(writer, JsonNames.Count, cell.Count);
        WriteIfSet(writer, JsonNames.Percent, cell.Percent);
        WriteIfSet(writer, JsonNames.Median, cell.Median);
        WriteIfSet(writer, JsonNames.Min, cell.Min);
        WriteIfSet(writer, JsonNames.Max, cell.Max);
        WriteIfSet(writer, JsonNames.N, cell.N);
        writer.WriteEndObject();
    }

    /// <summary>Column keys first, in column order, then any other key in ordinal order.</summary>
    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, int> counts, IReadOnlyList<ReportColumn> columns)
    {
        writer.WriteStartObject(name);
        var columnKeys = columns.Select(c => c.Key).ToList();
        var ordered = columnKeys.Where(counts.ContainsKey)
            .Concat(counts.Keys.Where(k => !columnKeys.Contains(k)).Order(StringComparer.Ordinal));
        foreach (var key in ordered)
        {
            writer.WriteNumber(key, counts[key]);
        }

        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
