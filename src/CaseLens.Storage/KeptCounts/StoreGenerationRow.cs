namespace CaseLens.Storage.KeptCounts;

/// <summary>
/// The one row of <c>store_generation</c>: a counter the database itself moves on at every change
/// to the notifications (<see cref="GenerationTriggers"/>). Counts kept for one generation are
/// exact while the counter still reads it. A store where nothing has changed since the table was
/// made has no row yet: its generation is 0.
/// </summary>
internal sealed class StoreGenerationRow
{
    /// <summary>Always <see cref="GenerationTriggers.RowId"/>.</summary>
    public int Id { get; set; }

    public long Generation { get; set; }
}
