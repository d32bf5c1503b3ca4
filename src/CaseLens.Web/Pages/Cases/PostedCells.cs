using CaseLens.Domain.Validation;
using Microsoft.AspNetCore.Http;

namespace CaseLens.Web.Pages.Cases;

/// <summary>A posted edit form read as a file's row: column name → cell text, several codes joined by <c>;</c> as a file writes them.</summary>
public static class PostedCells
{
    /// <summary>The cells of <paramref name="columns"/> from <paramref name="form"/>; the case id is the route's, never the form's.</summary>
    public static Dictionary<string, string> Of(IFormCollection form, IReadOnlyList<ColumnDefinition> columns, string caseId)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(columns);
        var key = columns[0].Name;
        var cells = new Dictionary<string, string>(StringComparer.Ordinal) { [key] = caseId };
        foreach (var column in columns.Where(c => c.Name != key))
        {
            var values = form[column.Name];
            cells[column.Name] = column.Kind == ColumnKind.Codes
                ? string.Join(';', values.Where(v => !string.IsNullOrEmpty(v)))
                : values.ToString();
        }

        return cells;
    }
}
