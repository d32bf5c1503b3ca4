namespace CaseLens.Analysis.Suppression;

/// <summary>
/// A sum a reader can see: the count cells of <see cref="Parts"/> add up to the <see cref="Total"/> cell,
/// or to a published number (a column's n, or a row total published in another table) when
/// <see cref="Total"/> is null. <see cref="NOfColumn"/> names the column whose n is that number, if the
/// number is this table's own n (and so can be hidden).
/// </summary>
internal sealed record PublishedLine(IReadOnlyList<CellPosition> Parts, CellPosition? Total, int? NOfColumn)
{
    public IEnumerable<CellPosition> Members => Total is { } total ? Parts.Append(total) : Parts;
}
