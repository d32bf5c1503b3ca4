using System.Globalization;
using System.Text.Json;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;

namespace CaseLens.Reporting.Json;

/// <summary>
/// Reads an <c>scr-report/1</c> document (as <see cref="ScrReportJsonWriter"/> writes it) back into a
/// <see cref="Report"/>, for example to compare two periods' reports. Unknown members are ignored;
/// missing or mistyped required members are reported, all of them, with their JSON path.
/// </summary>
public static class ScrReportJsonReader
{
    public static ScrReportReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return new ScrReportReadResult(null, [$"$: not JSON ({e.Message})"]);
        }
    }

    public static ScrReportReadResult Read(JsonElement root)
    {
        var problems = new List<string>();
        var context = new Context(problems);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ScrReportReadResult(null, ["$: not an object"]);
        }

        var format = context.String(root, JsonNames.Format, "$");
        if (format is not null && format != Report.FormatId)
        {
            problems.Add($"$.format: '{format}' is not {Report.FormatId}");
        }

        var provenance = ReadProvenance(context, root);
        var tables = new List<ReportTable>();
        if (context.Array(root, JsonNames.Tables, "$") is { } array)
        {
            var index = 0;
            foreach (var element in array)
            {
                if (ReadTable(context, element, string.Create(CultureInfo.InvariantCulture, $"$.tables[{index}]")) is { } table)
                {
                    tables.Add(table);
                }

                index++;
            }
        }

        return problems.Count > 0 || provenance is null
            ? new ScrReportReadResult(null, problems)
            : new ScrReportReadResult(new Report { Tables = tables, Provenance = provenance }, problems);
    }

    private static Provenance? ReadProvenance(Context context, JsonElement root)
    {
        if (!root.TryGetProperty(JsonNames.Provenance, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            context.Problems.Add("$.provenance: missing");
            return null;
        }

        const string path = "$.provenance";
        var generated = context.String(element, JsonNames.GeneratedAt, path);
        DateTimeOffset at = default;
        if (generated is not null && !DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out at))
        {
            context.Problems.Add($"{path}.generated_at: '{generated}' is not a date and time");
        }

        return new Provenance
        {
            PeriodLabel = context.String(element, JsonNames.PeriodLabel, path) ?? string.Empty,
            DataSetHash = context.String(element, JsonNames.DataSetHash, path) ?? string.Empty,
            Filters = context.Strings(element, JsonNames.Filters, path),
            Options = context.Strings(element, JsonNames.Options, path),
            Version = context.String(element, JsonNames.Version, path) ?? string.Empty,
            GeneratedAt = at,
        };
    }

    private static ReportTable? ReadTable(Context context, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Problems.Add($"{path}: not an object");
            return null;
        }

        var columns = new List<ReportColumn>();
        var index = 0;
        foreach (var column in context.Array(element, JsonNames.Columns, path) ?? [])
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}.columns[{index++}]");
            var source = context.String(column, JsonNames.Source, at);
            if (source is not null and not JsonNames.Cases and not JsonNames.Comparator)
            {
                context.Problems.Add($"{at}.source: '{source}' is neither cases nor comparator");
            }

            columns.Add(new ReportColumn(
                context.String(column, JsonNames.Key, at) ?? string.Empty,
                context.String(column, JsonNames.Label, at) ?? string.Empty,
                context.NullableInt(column, JsonNames.N, at),
                source == JsonNames.Comparator ? ColumnSource.Comparator : ColumnSource.Cases));
        }

        var rows = new List<ReportRow>();
        index = 0;
        foreach (var row in context.Array(element, JsonNames.Rows, path) ?? [])
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}.rows[{index++}]");
            var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            if (row.TryGetProperty(JsonNames.Cells, out var cellsElement) && cellsElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var cell in cellsElement.EnumerateObject())
                {
                    cells[cell.Name] = ReadCell(context, cell.Value, $"{at}.cells.{cell.Name}");
                }
            }
            else
            {
                context.Problems.Add($"{at}.cells: missing");
            }

            var subRow = row.TryGetProperty(JsonNames.SubRow, out var flag) && flag.ValueKind == JsonValueKind.True;
            rows.Add(new ReportRow(
                context.String(row, JsonNames.Key, at) ?? string.Empty,
                context.String(row, JsonNames.Label, at) ?? string.Empty,
                cells,
                subRow ? RowKind.SubRow : RowKind.Category));
        }

        // scr-report/1 names a table's id, not its kind or section: those come from the catalog.
        return TableCatalog.WithFacts(new ReportTable
        {
            Id = context.String(element, JsonNames.Id, path) ?? string.Empty,
            Title = context.String(element, JsonNames.Title, path) ?? string.Empty,
            Columns = columns,
            Rows = rows,
            NotKnown = context.Counts(element, JsonNames.NotKnown, path),
            Notes = context.Counts(element, JsonNames.Notes, path),
            Withheld = Withheld(element),
            RowPercentages = element.TryGetProperty(JsonNames.RowPercentages, out var rp) && rp.ValueKind == JsonValueKind.True,
        });
    }

    private static Dictionary<string, string> Withheld(JsonElement table) =>
        table.TryGetProperty(JsonNames.Withheld, out var withheld) && withheld.ValueKind == JsonValueKind.Object
            ? withheld.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    private static Cell ReadCell(Context context, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Problems.Add($"{path}: not an object");
            return new Cell();
        }

        var suppressed = element.TryGetProperty(JsonNames.Suppressed, out var flag) && flag.ValueKind == JsonValueKind.True;
        return new Cell
        {
            Count = context.NullableInt(element, JsonNames.Count, path),
            Percent = context.NullableInt(element, JsonNames.Percent, path),
            Suppressed = suppressed,
            Display = element.TryGetProperty(JsonNames.Display, out var display) && display.ValueKind == JsonValueKind.String ? display.GetString() : null,
            Median = context.NullableDouble(element, JsonNames.Median, path),
            Min = context.NullableDouble(element, JsonNames.Min, path),
            Max = context.NullableDouble(element, JsonNames.Max, path),
            N = context.NullableInt(element, JsonNames.N, path),
        };
    }

    /// <summary>Typed member access that records a problem instead of throwing.</summary>
    private sealed record Context(List<string> Problems)
    {
        public string? String(JsonElement element, string name, string path)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            Problems.Add($"{path}.{name}: missing or not a string");
            return null;
        }

        public JsonElement.ArrayEnumerator? Array(JsonElement element, string name, string path)
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
            {
                return value.EnumerateArray();
            }

            Problems.Add($"{path}.{name}: missing or not an array");
            return null;
        }

        /// <summary>An absent member and JSON null are both null; anything else must be a whole number.</summary>
        public int? NullableInt(JsonElement element, string name, string path)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            {
                return number;
            }

            Problems.Add($"{path}.{name}: not a whole number");
            return null;
        }

        public double? NullableDouble(JsonElement element, string name, string path)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number)
            {
                return value.GetDouble();
            }

            Problems.Add($"{path}.{name}: not a number");
            return null;
        }

        public IReadOnlyDictionary<string, string> Strings(JsonElement element, string name, string path)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
            {
                Problems.Add($"{path}.{name}: missing or not an object");
                return result;
            }

            foreach (var member in value.EnumerateObject())
            {
                if (member.Value.ValueKind == JsonValueKind.String)
                {
                    result[member.Name] = member.Value.GetString()!;
                }
                else
                {
                    Problems.Add($"{path}.{name}.{member.Name}: not a string");
                }
            }

            return result;
        }

        public IReadOnlyDictionary<string, int> Counts(JsonElement element, string name, string path)
        {
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!element.TryGetProperty(name, out var value))
            {
                return result;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Problems.Add($"{path}.{name}: not an object");
                return result;
            }

            foreach (var member in value.EnumerateObject())
            {
                if (member.Value.ValueKind == JsonValueKind.Number && member.Value.TryGetInt32(out var count))
                {
                    result[member.Name] = count;
                }
                else
                {
                    Problems.Add($"{path}.{name}.{member.Name}: not a whole number");
                }
            }

            return result;
        }
    }
}
