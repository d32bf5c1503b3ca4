using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Model;

namespace CaseLens.Storage.Auditing;

/// <summary>Writes the JSON held in audit entries, identically on every database.</summary>
internal static class AuditJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record as an object keyed by column name, holding the stored values.</summary>
    public static string Of<T>(RecordTable<T> table, T record)
        where T : class
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var column in table.Columns)
            {
                writer.WritePropertyName(column.Name);
                switch (column.Value(record))
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case int number:
                        writer.WriteNumberValue(number);
                        break;
                    case bool flag:
                        writer.WriteBooleanValue(flag);
                        break;
                    case DateOnly date:
                        writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    case var other:
                        throw new InvalidOperationException($"Column {column.Name} holds an unexpected {other.GetType().Name}.");
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A record given as its fields (name → text, in order), as an object; an empty text is written null (not known).</summary>
    public static string Fields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var (name, text) in fields)
            {
                writer.WritePropertyName(name);
                if (text.Length == 0)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(text);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The details of an import: source name, SHA-256 and counts.</summary>
    public static string Import(ImportOptions options, string sourceSha256, int rows, int inserted, int updated, int unchanged)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("source", options.SourceName);
            writer.WriteString("sha256", sourceSha256);
            writer.WriteNumber("rows", rows);
            writer.WriteNumber("inserted", inserted);
            writer.WriteNumber("updated", updated);
            writer.WriteNumber("unchanged", unchanged);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The details of a prune: the cut-off (ISO 8601, UTC) and how many entries lost their values.</summary>
    public static string Prune(DateTimeOffset before, int entries)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("before", before.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
            writer.WriteNumber("entries", entries);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The details of a release recorded in the ledger: its number, data set hash, policy and how many numbers it showed (never a value).</summary>
    public static string Release(Releases.ReleaseEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("release", entry.Id);
            writer.WriteString("data_set_hash", entry.DataSetHash);
            writer.WriteString("policy", entry.Policy);
            writer.WriteNumber("cells_published", entry.CellsPublished);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
