using CaseLens.Analysis.Comparators;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>What shapes the tables: the period label, which cases, and comparator figures.</summary>
public sealed record TableOptions
{
    /// <summary>
    /// The label of the data set's period, used as the key of the case column (for the seed's
    /// data, <c>2005-07</c>). <value>The default value is <c>cases</c>.</value>
    /// </summary>
    public string PeriodLabel { get; init; } = "cases";

    /// <summary>Cases outside the filter are dropped before any table is computed.
    /// <value>The default value is <see cref="NotificationFilter.None"/>.</value></summary>
    public NotificationFilter Filter { get; init; } = NotificationFilter.None;

    /// <summary>Published figures appended after the case columns of the tables they name.
    /// <value>The default value is no comparators.</value></summary>
    public ComparatorSet Comparators { get; init; } = ComparatorSet.Empty;
}
