namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// A hidden small number that a new report, read with earlier releases, would let a reader narrow too
/// far: the release it belongs to (empty for the new report itself), the releases it was read with, and
/// what a reader could narrow it to. Names cells, never values of cases.
/// </summary>
public sealed record ReleaseConflict(string Release, IReadOnlyList<string> ReadWith, AuditInterval Interval)
{
    /// <summary>The conflict as the refusal words it, naming the cell and the releases, never a value.</summary>
    public override string ToString() => Release.Length == 0
        ? $"this report's {Interval.Item} could be worked out with release {string.Join(", ", ReadWith)}"
        : $"release {Release}'s {Interval.Item} could be worked out with this report";
}
