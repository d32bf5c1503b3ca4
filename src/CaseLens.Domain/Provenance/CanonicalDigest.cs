using System.Security.Cryptography;
using System.Text;

namespace CaseLens.Domain.Provenance;

/// <summary>
/// The SHA-256 of canonical lines appended one record at a time in case-id order, gathered in chunks
/// of text so that a large set is never held as one string. A record whose id comes before the
/// previous one's (ordinal) is a bug in the caller and throws.
/// </summary>
internal sealed class CanonicalDigest<T> : IDisposable
{
    private const int ChunkChars = 64 * 1024;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _text = new(ChunkChars + 1024);
    private readonly Func<T, string> _id;
    private readonly Action<T, StringBuilder> _appendLine;
    private string? _lastId;

    public CanonicalDigest(Func<T, string> id, Action<T, StringBuilder> appendLine)
    {
        _id = id;
        _appendLine = appendLine;
    }

    public void Add(T record)
    {
        var id = _id(record);
        if (_lastId is not null && string.CompareOrdinal(_lastId, id) > 0)
        {
            throw new InvalidOperationException("Records must be added in ordinal case-id order.");
        }

        _lastId = id;
        _appendLine(record, _text);
        if (_text.Length > ChunkChars)
        {
            Flush();
        }
    }

    /// <summary>The digest of the records added; the digest starts again empty.</summary>
    public byte[] Complete()
    {
        Flush();
        _lastId = null;
        return _hash.GetHashAndReset();
    }

    public void Dispose() => _hash.Dispose();

    private void Flush()
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(_text.ToString()));
        _text.Clear();
    }
}
