namespace CaseLens.Storage.Sqlite.Native;

/// <summary>
/// The pinned UTF-8 bytes of the codes (or code-set texts) one column binds, found by reference
/// among the few it has met. A column of codes has a handful of values, so comparing a few
/// references is cheaper than the process-wide dictionary, which a million-row import would
/// otherwise ask about twenty-five times a row.
/// </summary>
internal sealed class FixedTextColumn
{
    /// <summary>How many texts a column keeps; others are looked up in the process-wide dictionary.</summary>
    private const int Limit = 16;

    private readonly string[] _texts = new string[Limit];
    private readonly byte[][] _bytes = new byte[Limit][];
    private int _count;

    /// <summary>The text's pinned bytes; null when the process keeps no more fixed texts.</summary>
    public byte[]? BytesOf(string text)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_texts[i], text))
            {
                return _bytes[i];
            }
        }

        var bytes = SqliteStatement.FixedBytes(text);
        if (bytes is not null && _count < Limit)
        {
            _texts[_count] = text;
            _bytes[_count++] = bytes;
        }

        return bytes;
    }
}
