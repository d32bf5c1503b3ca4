using System.Collections.Concurrent;
using CaseLens.Domain.Coding;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseLens.Storage.Model;

/// <summary>
/// Stores a multi-valued cell as its interchange text: codes in declaration order joined by
/// <c>;</c>, the empty string when not known.
/// </summary>
internal sealed class CodeSetConverter<T>() : ValueConverter<CodeSet<T>, string>(set => set.ToString(), text => Parse(text))
    where T : struct, Enum
{
    // Stored texts are canonical and few (one per distinct set), so each is parsed once.
    private static readonly ConcurrentDictionary<string, CodeSet<T>> Parsed = new(StringComparer.Ordinal);

    public static CodeSet<T> Parse(string text) => text.Length == 0 ? CodeSet<T>.Empty : Parsed.GetOrAdd(text, ParseText);

    private static CodeSet<T> ParseText(string text)
    {
        var set = CodeSet<T>.Empty;
        foreach (var code in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            set = set.With(CodeConverter<T>.Parse(code));
        }

        return set;
    }
}
