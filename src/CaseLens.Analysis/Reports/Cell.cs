namespace CaseLens.Analysis.Reports;

/// <summary>
/// One cell. Which members are set depends on the table: a count and a whole-number percent
/// for most; only a count for multi-response tables; median, minimum, maximum and n for Table 21.
/// A suppressed cell has no count or percent and shows <see cref="Display"/> (for example <c>&lt;6</c>).
/// </summary>
public sealed record Cell
{
    /// <summary>How many cases fall in the cell; null when the table gives no count here or the cell is suppressed.</summary>
    public int? Count { get; init; }

    /// <summary>Whole-number percent, rounded half away from zero.</summary>
    public int? Percent { get; init; }

    /// <summary>True when the count is withheld as a small number (or to protect one); no number may then be shown.</summary>
    public bool Suppressed { get; init; }

    /// <summary>What to print instead of the number when suppressed.</summary>
    public string? Display { get; init; }

    /// <summary>
    /// Table 21: median of the elapsed times in the row's unit (weeks = days / 7, months = days / 30.44),
    /// rounded to one decimal half away from zero.
    /// </summary>
    public double? Median { get; init; }

    /// <summary>Table 21: the shortest elapsed time, in the same unit and rounding as <see cref="Median"/>.</summary>
    public double? Min { get; init; }

    /// <summary>Table 21: the longest elapsed time, in the same unit and rounding as <see cref="Median"/>.</summary>
    public double? Max { get; init; }

    /// <summary>Table 21: how many cases the statistic is over.</summary>
    public int? N { get; init; }

    /// <summary>A count cell, with its percent where the table gives one.</summary>
    public static Cell Of(int count, int? percent = null) => new() { Count = count, Percent = percent };
}
