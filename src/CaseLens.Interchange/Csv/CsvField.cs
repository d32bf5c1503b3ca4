namespace CaseLens.Interchange.Csv;

/// <summary>
/// One field of a CSV line written by hand (RFC 4180): quoted, with its quotes doubled, only when it
/// holds a comma, a quote or a line break, as the interchange reader and spreadsheet programs expect.
/// </summary>
public static class CsvField
{
    /// <summary><paramref name="text"/> as a CSV field.</summary>
    public static string Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
