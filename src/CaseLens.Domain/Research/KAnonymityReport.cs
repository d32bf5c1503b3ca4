namespace CaseLens.Domain.Research;

/// <summary>
/// The k-anonymity check of an extract: over the quasi-identifiers (age band, gender, ethnicity, region,
/// incident type, study year), every class of records sharing one combination, and those smaller than
/// <see cref="K"/> — the rare combinations a reader could single a child out by.
/// </summary>
public sealed record KAnonymityReport(int K, IReadOnlyList<string> QuasiIdentifiers, int Classes, IReadOnlyList<EquivalenceClass> SmallClasses)
{
    /// <summary>How many records are in a class smaller than k.</summary>
    public int RecordsAtRisk => SmallClasses.Sum(c => c.Size);

    /// <summary>Whether every class has at least k records, so no combination singles a child out.</summary>
    public bool Anonymous => SmallClasses.Count == 0;

    /// <summary>The classes of <paramref name="rows"/> over the columns <paramref name="columns"/> (named <paramref name="names"/>), smallest first.</summary>
    public static KAnonymityReport Of(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int> columns, IReadOnlyList<string> names, int k)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var classes = rows.GroupBy(r => string.Join('\u001f', columns.Select(c => r[c])), StringComparer.Ordinal)
            .Select(g => new EquivalenceClass([.. columns.Select(c => g.First()[c])], g.Count()))
            .ToList();
        var small = classes.Where(c => c.Size < k)
            .OrderBy(c => c.Size).ThenBy(c => string.Join(',', c.Values), StringComparer.Ordinal)
            .ToList();
        return new KAnonymityReport(k, names, classes.Count, small);
    }
}
