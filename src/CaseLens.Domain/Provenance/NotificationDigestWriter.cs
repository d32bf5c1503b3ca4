using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Provenance;

/// <summary>
/// N of the data set hash (<see cref="DataSetHash.NotificationDigest"/>) made one notification at a
/// time, for records that arrive already in ordinal case-id order (as a store streams them), so that
/// they need not all be held at once. A record out of order is a bug in the caller and throws.
/// (A data set holds each case id once; records in memory that repeat one are hashed as given.)
/// The canonical lines may instead be made beforehand, on other threads (<see cref="LineOf"/>), and
/// added in order by <see cref="AddLine"/>; one writer takes one kind or the other.
/// </summary>
public sealed class NotificationDigestWriter : IDisposable
{
    private readonly CanonicalDigest<Notification> _digest = new(n => n.CaseId, CanonicalText.AppendLine);
    private readonly CanonicalDigest<(string CaseId, string Line)> _lines = new(l => l.CaseId, (l, text) => text.Append(l.Line));
    private bool _byLine;

    /// <summary>The canonical line of <paramref name="notification"/>, for <see cref="AddLine"/>.</summary>
    public static string LineOf(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var line = new System.Text.StringBuilder(256);
        CanonicalText.AppendLine(notification, line);
        return line.ToString();
    }

    /// <summary>Adds the next notification by its <see cref="LineOf"/>; its case id must not come before the previous one's (ordinal).</summary>
    public void AddLine(string caseId, string line)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(line);
        _byLine = true;
        _lines.Add((caseId, line));
    }

    /// <summary>Adds the next notification; its case id must not come before the previous one's (ordinal).</summary>
    public void Add(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        _digest.Add(notification);
    }

    /// <summary>N for the notifications added; the writer starts again empty.</summary>
    public byte[] Complete() => _byLine ? _lines.Complete() : _digest.Complete();

    /// <summary>Releases the hash; call it even when <see cref="Complete"/> is never reached.</summary>
    public void Dispose()
    {
        _digest.Dispose();
        _lines.Dispose();
    }
}
