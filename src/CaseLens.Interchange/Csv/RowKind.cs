namespace CaseLens.Interchange.Csv;

/// <summary>What the fast reader made of a row (<see cref="ParallelCsvScan"/>).</summary>
internal enum RowKind
{
    /// <summary>A record the format's rules accept.</summary>
    Record,

    /// <summary>A line with nothing on it, which the exact reader skips too.</summary>
    EmptyLine,

    /// <summary>Anything the exact reader would report or might read otherwise: the scan stops there.</summary>
    Irregular,
}
