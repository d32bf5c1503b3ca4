using System.Globalization;

namespace CaseLens.Cli.Problems;

/// <summary>
/// One thing wrong with the input, printed as <c>line L, column C: message</c> where a line and
/// column apply (line 1 is the header row; the column is the CSV column's name or 1-based number).
/// </summary>
public sealed record Problem(string Message, long? Line = null, string? Column = null)
{
    public override string ToString() => (Line, Column) switch
    {
        ({ } line, { } column) => string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: {Message}"),
        ({ } line, null) => string.Create(CultureInfo.InvariantCulture, $"line {line}: {Message}"),
        (null, { } column) => $"column {column}: {Message}",
        _ => Message,
    };
}
