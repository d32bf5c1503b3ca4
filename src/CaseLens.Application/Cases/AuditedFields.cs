using System.Text.Json;
using CaseLens.Domain.Validation;

namespace CaseLens.Application.Cases;

/// <summary>
/// Compares the record before and after held in an audit entry (JSON objects keyed by column name),
/// field by field in the catalogue's order.
/// </summary>
internal static class AuditedFields
{
    /// <summary>The notification's fields that differ, in <see cref="NotificationColumns.All"/>'s order.</summary>
    public static IReadOnlyList<FieldChange> Changed(string? before, string? after) =>
        Changed(NotificationColumns.All, before, after);

    /// <summary>The catalogue's fields that differ, in its order; a field outside it is not shown.</summary>
    public static IReadOnlyList<FieldChange> Changed(IReadOnlyList<ColumnDefinition> columns, string? before, string? after)
    {
        var old = Values(before);
        var @new = Values(after);
        return Differing(columns.Select(c => c.Name), old, @new);
    }

    /// <summary>
    /// Every field that differs, in the order the entry holds them (before's, then any only after
    /// has): for a record with no catalogue, such as a case summary, whose fields are named by position.
    /// </summary>
    public static IReadOnlyList<FieldChange> ChangedByName(string? before, string? after)
    {
        var old = Values(before);
        var @new = Values(after);
        return Differing(old.Keys.Concat(@new.Keys).Distinct(StringComparer.Ordinal), old, @new);
    }

    private static List<FieldChange> Differing(IEnumerable<string> names, Dictionary<string, string> old, Dictionary<string, string> @new)
    {
        var changes = new List<FieldChange>();
        foreach (var name in names)
        {
            var was = old.GetValueOrDefault(name, string.Empty);
            var now = @new.GetValueOrDefault(name, string.Empty);
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(name, was, now));
            }
        }

        return changes;
    }

    private static Dictionary<string, string> Values(string? json)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json is null)
        {
            return values;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => string.Empty,
                JsonValueKind.True => "yes",
                JsonValueKind.False => "no",
                JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                _ => property.Value.GetRawText(),
            };
        }

        return values;
    }
}
