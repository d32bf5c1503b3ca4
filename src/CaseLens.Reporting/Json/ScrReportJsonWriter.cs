using System.Text.Encodings.Web;
using System.Text.Json;
using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Json;

/// <summary>
/// Writes a <see cref="Report"/> as the machine-readable <c>scr-report/1</c> JSON document of
/// report-tables.md. The output is deterministic: members in a fixed order, tables, columns and rows in
/// the report's order, dictionary members (<c>not_known</c>, <c>notes</c>, filters, options) in column
/// order and then ordinal key order, numbers invariant, UTF-8 without byte-order mark, LF line ends.
/// </summary>
public static class ScrReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Not embedded in HTML: keep "<6" readable rather than "\u003C6".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, Options);
        WriteReport(writer, report);
        writer.Flush();
    }

    public static string ToJson(Report report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter writer, Report report)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Format, Report.FormatId);
        WriteProvenance(writer, report.Provenance);
        writer.WriteStartArray(JsonNames.Tables);
        foreach (var table in report.Tables)
        {
            ScrTableJsonWriter.Write(writer, table);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter writer, Provenance provenance)
    {
        writer.WriteStartObject(JsonNames.Provenance);
        writer.WriteString(JsonNames.PeriodLabel, provenance.PeriodLabel);
        writer.WriteString(JsonNames.DataSetHash, provenance.DataSetHash);
        WriteStrings(writer, JsonNames.Filters, provenance.Filters);
        WriteStrings(writer, JsonNames.Options, provenance.Options);
        writer.WriteString(JsonNames.Version, provenance.Version);
        writer.WriteString(JsonNames.GeneratedAt, provenance.GeneratedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string> values)
    {
        writer.WriteStartObject(name);
        foreach (var pair in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }
}
