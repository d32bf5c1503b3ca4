using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseLens.Web.Pages;

/// <summary>The problems a page was given for one field (keyed by its column name), to show beside it.</summary>
public static class FieldErrors
{
    public static IReadOnlyList<string> Of(ModelStateDictionary state, string field)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.TryGetValue(field, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];
    }

    /// <summary>The id of the element that holds <paramref name="field"/>'s problems, for <c>aria-describedby</c>; null when it has none.</summary>
    public static string? DescribedBy(ModelStateDictionary state, string field) => Of(state, field).Count > 0 ? field + "-error" : null;
}
