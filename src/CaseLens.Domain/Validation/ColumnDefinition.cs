using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Validation;

/// <summary>
/// One column of an interchange format: its name as the header writes it, whether a value is
/// required, how its text is written, what it means, and (for coded columns) its codes with their
/// human labels in declaration order. The catalogues <see cref="NotificationColumns"/> and
/// <see cref="IntensiveColumns"/> list them in the order the formats are written.
/// </summary>
public sealed record ColumnDefinition(string Name, bool Required, ColumnKind Kind, string Description)
{
    /// <summary>The codes of a coded column (code, label) in declaration order; empty otherwise.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Codes { get; init; } = [];

    /// <summary>The human label of one of this column's codes; the code itself when it is not one.</summary>
    public string LabelOf(string code)
    {
        foreach (var pair in Codes)
        {
            if (string.Equals(pair.Key, code, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return code;
    }

    internal static ColumnDefinition Coded<T>(string name, bool required, string description)
        where T : struct, Enum =>
        new(name, required, ColumnKind.Code, description) { Codes = CodesOf<T>() };

    internal static ColumnDefinition MultiCoded<T>(string name, string description)
        where T : struct, Enum =>
        new(name, false, ColumnKind.Codes, description) { Codes = CodesOf<T>() };

    internal static ColumnDefinition YesNo(string name, string description) =>
        new(name, false, ColumnKind.YesNo, description)
        {
            Codes = [new("yes", "Yes"), new("no", "No")],
        };

    private static KeyValuePair<string, string>[] CodesOf<T>()
        where T : struct, Enum =>
        [.. Codes<T>.All.Select(v => new KeyValuePair<string, string>(Codes<T>.Code(v), Codes<T>.Label(v)))];
}
