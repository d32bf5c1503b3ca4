using CaseLens.Domain.Access;

namespace CaseLens.Web.Pages;

/// <summary>A scope in words for pages: "national (every board)", or the boards.</summary>
public static class ScopeLabel
{
    public static string Of(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.IsNational ? "national (every board)"
            : scope.Boards.Count == 0 ? "none"
            : string.Join(", ", scope.Boards.Order(StringComparer.Ordinal));
    }
}
