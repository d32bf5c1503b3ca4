using System.Text.Json;
using CaseLens.Domain.Validation;

namespace CaseLens.Application.Cases;

/// <summary>
/// Compares the record before and after held in an audit entry (JSON objects keyed by column name),
/// field by field in the catalogue's order.
/// </summary>
internal static class AuditedFields
{
    public static IReadOnlyList<FieldChange> Changed(string? before, string? after)
    {
        var old = Values(before);
        var @new = Values(after);
        var changes = new List<FieldChange>();
        foreach (var column in NotificationColumns.All)
        {
            var was = old.GetValueOrDefault(column.Name, string.Empty);
            var now = @new.GetValueOrDefault(column.Name, string.Empty);
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(column.Name, was, now));
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
