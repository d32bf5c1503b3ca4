using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Provenance;

/// <summary>
/// N of the data set hash (<see cref="DataSetHash.NotificationDigest"/>) made one notification at a
/// time, for records that arrive already in ordinal case-id order (as a store streams them), so that
/// they need not all be held at once. A record out of order is a bug in the caller and throws.
/// (A data set holds each case id once; records in memory that repeat one are hashed as given.)
/// The canonical lines may instead be made beforehand, on other threads (<see cref="LineOf"/>, or
/// <see cref="Utf8LineOf"/> already encoded), and added in order by <c>AddLine</c>; one writer takes
/// records or lines, not both.
/// </summary>
public sealed class NotificationDigestWriter : IDisposable
{
    [ThreadStatic]
    private static System.Text.StringBuilder? t_line;

    [ThreadStatic]
    private static char[]? t_chars;

    private readonly CanonicalDigest<Notification> _digest = new(n => n.CaseId, CanonicalText.AppendLine);
    private readonly CanonicalDigest<(string CaseId, string Line)> _lines = new(l => l.CaseId, (l, text) => text.Append(l.Line));
    private bool _byLine;

    /// <summary>The canonical line of <paramref name="notification"/>, for <see cref="AddLine(string, string)"/>.</summary>
    public static string LineOf(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return Built(notification).ToString();
    }

    /// <summary>
    /// The canonical line of <paramref name="notification"/> as UTF-8, for <see cref="AddLine(string, ReadOnlySpan{byte})"/>:
    /// the encoding is done where the line is made (on a reading thread), not where lines are hashed in order.
    /// </summary>
    public static byte[] Utf8LineOf(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var line = Built(notification);
        var chars = t_chars is { } held && held.Length >= line.Length ? held : t_chars = new char[Math.Max(512, line.Length)];
        line.CopyTo(0, chars, 0, line.Length);
        return System.Text.Encoding.UTF8.GetBytes(chars, 0, line.Length);
    }

    // Called for every record by each reading thread: one builder a thread, cleared each time.
    private static System.Text.StringBuilder Built(Notification notification)
    {
        var line = t_line ??= new System.Text.StringBuilder(512);
        line.Clear();
        CanonicalText.AppendLine(notification, line);
        return line;
    }

    /// <summary>Adds the next notification by its <see cref="Utf8LineOf"/>; its case id must not come before the previous one's (ordinal).</summary>
    public void AddLine(string caseId, ReadOnlySpan<byte> utf8Line)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        _byLine = true;
        _lines.AddUtf8(caseId, utf8Line);
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
