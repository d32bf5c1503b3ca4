namespace CaseLens.Domain.Validation;

/// <summary>
/// One thing wrong with a coded record: the column it concerns, the text that was given there
/// (null when the cell was empty; a length summary instead of free text, which is never echoed)
/// and what was expected instead.
/// </summary>
/// <param name="Column">The column name as the interchange format writes it, e.g. <c>region</c>.</param>
/// <param name="Value">The offending cell text, or null when the cell was empty.</param>
/// <param name="Message">What was expected, e.g. "expected a date YYYY-MM-DD".</param>
public sealed record CellProblem(string Column, string? Value, string Message)
{
    private const int MaxShownValue = 60;

    /// <summary>
    /// The whole sentence shown to people: <c>got "North East"; expected one of: north_east, …</c>,
    /// or just the message when the cell was empty.
    /// </summary>
    public string Text => Value is null ? Message : $"got \"{Shorten(Value)}\"; {Message}";

    public override string ToString() => $"{Column}: {Text}";

    private static string Shorten(string value) =>
        value.Length <= MaxShownValue ? value : string.Concat(value.AsSpan(0, MaxShownValue), "…");
}
