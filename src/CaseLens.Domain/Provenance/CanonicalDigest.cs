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
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private readonly Func<T, string> _id;
    private readonly Action<T, StringBuilder> _appendLine;
    private string? _lastId;

    // Lines given already as UTF-8, gathered before they are hashed.
    private byte[]? _bytes;
    private int _filled;

    public CanonicalDigest(Func<T, string> id, Action<T, StringBuilder> appendLine)
    {
        _id = id;
        _appendLine = appendLine;
    }

    public void Add(T record)
    {
        InOrder(_id(record));
        _appendLine(record, _text);
        if (_text.Length > ChunkChars)
        {
            Flush();
        }
    }

    /// <summary>
    /// Adds the canonical line of the record with id <paramref name="id"/>, already UTF-8: the same
    /// digest as adding the record, since every line ends with a line feed and so is encoded alone
    /// as it would be within a chunk.
    /// </summary>
    public void AddUtf8(string id, ReadOnlySpan<byte> line)
    {
        InOrder(id);
        if (_text.Length > 0)
        {
            Flush();
        }

        _bytes ??= new byte[ChunkChars];
        if (_filled + line.Length > _bytes.Length)
        {
            FlushBytes();
            if (line.Length > _bytes.Length)
            {
                _hash.AppendData(line);
                return;
            }
        }

        line.CopyTo(_bytes.AsSpan(_filled));
        _filled += line.Length;
    }

    /// <summary>The digest of the records added; the digest starts again empty.</summary>
    public byte[] Complete()
    {
        Flush();
        _lastId = null;
        return _hash.GetHashAndReset();
    }

    public void Dispose() => _hash.Dispose();

    private void InOrder(string id)
    {
        if (_lastId is not null && string.CompareOrdinal(_lastId, id) > 0)
        {
            throw new InvalidOperationException("Records must be added in ordinal case-id order.");
        }

        _lastId = id;
    }

    private void Flush()
    {
        FlushBytes();
        if (_text.Length > 0)
        {
            // Encoded chunk by chunk into one buffer: a string and an array of each 64K-character
            // chunk went to the large-object heap, and cost an import that hashes a million records
            // about a second of collections. The text ends with a line feed, so no character is split.
            _bytes ??= new byte[ChunkChars];
            foreach (var chunk in _text.GetChunks())
            {
                for (var chars = chunk.Span; !chars.IsEmpty;)
                {
                    _encoder.Convert(chars, _bytes, flush: false, out var used, out var encoded, out _);
                    _hash.AppendData(_bytes.AsSpan(0, encoded));
                    chars = chars[used..];
                }
            }

            _encoder.Convert([], _bytes, flush: true, out _, out var last, out _);
            _hash.AppendData(_bytes.AsSpan(0, last));
            _text.Clear();
        }
    }

    private void FlushBytes()
    {
        if (_filled > 0)
        {
            _hash.AppendData(_bytes.AsSpan(0, _filled));
            _filled = 0;
        }
    }
}
