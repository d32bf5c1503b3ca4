using System.Globalization;

namespace CaseLens.Analysis.Comparators;

/// <summary>Something wrong with a comparator file, on line <paramref name="Line"/> (the header being line 1).</summary>
/// <param name="Column">The file column the problem is in (<c>table</c>, <c>count</c> …); null when it is about the whole line.</param>
public sealed record ComparatorProblem(int Line, string? Column, string Message)
{
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Message}");
}
