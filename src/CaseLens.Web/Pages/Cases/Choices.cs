using CaseLens.Domain.Coding;

namespace CaseLens.Web.Pages.Cases;

/// <summary>The choices of a coded value for a form: (code, label) in codebook order.</summary>
public static class Choices
{
    public static IReadOnlyList<KeyValuePair<string, string>> Of<T>()
        where T : struct, Enum =>
        [.. Codes<T>.All.Select(v => KeyValuePair.Create(Codes<T>.Code(v), Codes<T>.Label(v)))];
}
