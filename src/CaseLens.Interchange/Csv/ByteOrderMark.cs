namespace CaseLens.Interchange.Csv;

/// <summary>
/// Names the byte-order marks of the encodings the formats refuse. UTF-16 and UTF-32 text is
/// refused by name, even though a CSV parser could transcode it: the formats are UTF-8 only, so
/// that every tool that reads them (R, SPSS, a diff) sees the same characters.
/// </summary>
internal static class ByteOrderMark
{
    /// <summary>The longest mark looked for, in bytes.</summary>
    public const int MaxLength = 4;

    /// <summary>"UTF-16" or "UTF-32" when <paramref name="head"/> starts with one of their marks; null otherwise (UTF-8's included).</summary>
    public static string? RefusedEncoding(ReadOnlySpan<byte> head) => head switch
    {
        // UTF-32 LE starts with UTF-16 LE's mark, so it is looked for first.
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32",
        [0xFF, 0xFE, ..] => "UTF-16",
        [0xFE, 0xFF, ..] => "UTF-16",
        _ => null,
    };
}
