using System.Security.Cryptography;
using System.Text;
using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Provenance;

/// <summary>
/// N of the data set hash (<see cref="DataSetHash.NotificationDigest"/>) made one notification at a
/// time, for records that arrive already in ordinal case-id order (as a store streams them), so that
/// they need not all be held at once. A record out of order is a bug in the caller and throws.
/// (A data set holds each case id once; records in memory that repeat one are hashed as given.)
/// </summary>
public sealed class NotificationDigestWriter : IDisposable
{
    private const int ChunkChars = 64 * 1024;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _text = new(ChunkChars + 1024);
    private string? _lastId;

    /// <summary>Adds the next notification; its case id must come after the previous one's (ordinal).</summary>
    public void Add(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (_lastId is not null && string.CompareOrdinal(_lastId, notification.CaseId) > 0)
        {
            throw new InvalidOperationException("Notifications must be added in ordinal case-id order.");
        }

        _lastId = notification.CaseId;
        CanonicalText.AppendLine(notification, _text);
        if (_text.Length > ChunkChars)
        {
            Flush();
        }
    }

    /// <summary>N for the notifications added; the writer starts again empty.</summary>
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
