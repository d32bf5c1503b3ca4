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

    /// <summary>
    /// What a suppression mark tells a reader: <c>&lt;K</c> a count from 1 to K − 1; <c>c</c> a number
    /// withheld so that a small number cannot be worked out (under the DfE's policy, also a small number
    /// itself); <c>*</c> a small number (NHS HES: 1 to 7).
    /// </summary>
    public static string MarkMeaning(string mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return mark switch
        {
            ['<', .. var k] when int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var threshold) =>
                $"a count from 1 to {Whole(threshold - 1)}, withheld so that no child can be identified",
            "c" => "withheld so that a small number cannot be worked out from other figures (or a small number itself, where small numbers show as “c” too)",
            "*" => "a small number, withheld so that no child can be identified",
            _ => "withheld so that no child can be identified",
        };
    }

    /// <summary>One decimal, invariant culture (Table 21's weeks and months).</summary>
    public static string Decimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
