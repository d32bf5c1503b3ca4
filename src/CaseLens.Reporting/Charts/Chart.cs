namespace CaseLens.Reporting.Charts;

/// <summary>
/// One rendered figure of a report: the seed's figure id (<c>F2</c> … <c>F7</c>, <c>F9</c>), its caption,
/// the table it is drawn from, and the same picture as SVG text and PNG bytes of
/// <see cref="Width"/> × <see cref="Height"/> pixels. A suppressed cell is drawn as an empty bar
/// labelled with its mark (<c>&lt;6</c>), never as a number.
/// </summary>
public sealed record Chart(string Id, string Title, string SourceTableId, string Svg, byte[] Png, int Width, int Height)
{
    /// <summary>"Figure 2: Age of child at time of incident".</summary>
    public string Caption => $"Figure {Id[1..]}: {Title}";
}
