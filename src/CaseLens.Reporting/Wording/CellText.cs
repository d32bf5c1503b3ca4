using System.Globalization;
using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Wording;

/// <summary>
/// How a cell reads in the documents for people: <c>86 (46%)</c>, <c>86</c>, <c>46%</c>,
/// Table 21's <c>12.3 (2.0–40.1; n=20)</c>, or the suppression mark (<c>&lt;6</c>), never a number
/// for a suppressed cell. An empty cell reads as an empty string.
/// </summary>
public static class CellText
{
    /// <summary>The mark printed for a suppressed cell that carries no <see cref="Cell.Display"/> of its own.</summary>
    public const string DefaultSuppressedMark = "<6";

    public static string Format(Cell? cell)
    {
        if (cell is null)
        {
            return string.Empty;
        }

        if (cell.Suppressed)
        {
            return SuppressedMark(cell);
        }

        if (cell.Median is { } median)
        {
            var inside = new List<string>(2);
            if (cell.Min is { } min && cell.Max is { } max)
            {
                inside.Add($"{Decimal(min)}–{Decimal(max)}");
            }

            if (cell.N is { } n)
            {
                inside.Add($"n={Whole(n)}");
            }

            return inside.Count == 0 ? Decimal(median) : $"{Decimal(median)} ({string.Join("; ", inside)})";
        }

        return (cell.Count, cell.Percent) switch
        {
            ({ } c, { } p) => $"{Whole(c)} ({Whole(p)}%)",
            ({ } c, null) => Whole(c),
            (null, { } p) => $"{Whole(p)}%",
            _ => cell.N is { } only ? $"n={Whole(only)}" : string.Empty,
        };
    }

    /// <summary>What a suppressed cell shows: its own display text, else <see cref="DefaultSuppressedMark"/>.</summary>
    public static string SuppressedMark(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return string.IsNullOrEmpty(cell.Display) ? DefaultSuppressedMark : cell.Display;
    }

    /// <summary>One decimal, invariant culture (Table 21's weeks and months).</summary>
    public static string Decimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
