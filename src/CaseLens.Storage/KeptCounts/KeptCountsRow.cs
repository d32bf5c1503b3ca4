namespace CaseLens.Storage.KeptCounts;

/// <summary>
/// The one row of <c>kept_counts</c>: the counts of every notification in the store, as opaque bytes
/// in a format the caller names (the analysis writes and reads them), valid only while the store's
/// generation (<see cref="StoreGenerationRow"/>) is still <see cref="Generation"/>.
/// </summary>
internal sealed class KeptCountsRow
{
    /// <summary>Always <see cref="GenerationTriggers.RowId"/>: the counts of the whole store.</summary>
    public int Id { get; set; }

    /// <summary>The version of <see cref="Counts"/>' bytes.</summary>
    public int Format { get; set; }

    /// <summary>The generation of the store they count.</summary>
    public long Generation { get; set; }

    public byte[] Counts { get; set; } = [];
}
