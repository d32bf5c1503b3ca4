using System.Globalization;

namespace CaseLens.Interchange;

/// <summary>
/// One reason a file cannot be imported: the line it was found on (the header is line 1; a record
/// that spans several lines is reported on the line where it starts), the column when one is at
/// fault, and a message saying what is wrong and what was expected.
/// </summary>
/// <param name="Line">1-based line of the input.</param>
/// <param name="Column">The column name as the header writes it, or null when no single column is at fault.</param>
/// <param name="Message">What is wrong, with the offending value and what was expected.</param>
public sealed record ImportProblem(int Line, string? Column, string Message)
{
    /// <summary><c>line L, column C: message</c>, or <c>line L: message</c> without a column.</summary>
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Message}");
}
