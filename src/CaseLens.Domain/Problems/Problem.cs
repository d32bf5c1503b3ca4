using System.Globalization;

namespace CaseLens.Domain.Problems;

/// <summary>
/// The one problem type of CaseLens: something wrong with what was asked or given, with a stable
/// <paramref name="Code"/> that scripts and the web can rely on, a message for people, and where it
/// applies the line (the header being line 1) and column of the input. A message never quotes an
/// outline or other free text of a record.
/// </summary>
/// <param name="Code">A stable, lower-case, dotted code such as <c>csv.cell.invalid</c> or <c>store.missing</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="Line">The 1-based line of the input, when one applies.</param>
/// <param name="Column">The column's name (or 1-based number) in the input, when one applies.</param>
public sealed record Problem(string Code, string Message, long? Line = null, string? Column = null)
{
    /// <summary><c>line L, column C: message</c>, with the parts that apply.</summary>
    public override string ToString() => (Line, Column) switch
    {
        ({ } line, { } column) => string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: {Message}"),
        ({ } line, null) => string.Create(CultureInfo.InvariantCulture, $"line {line}: {Message}"),
        (null, { } column) => $"column {column}: {Message}",
        _ => Message,
    };
}
