using CaseLens.Domain.Provenance;

namespace CaseLens.Domain.Notifications;

/// <summary>
/// The notifications a report covers, as the analysis reads them: the filter that chose them, each
/// one's <see cref="NotificationCodes"/> (in case-id order from a store, in the given order from
/// records), and N, the digest of their whole records for the data set
/// hash (<see cref="DataSetHash.NotificationDigest"/>). Made from records in memory by
/// <see cref="Of"/>, or by a store that applies the filter and hashes the records as it reads them.
/// </summary>
public sealed class CodedNotifications
{
    private readonly NotificationCodes[] _cases;
    private readonly Lazy<byte[]> _digest;

    /// <summary>
    /// Wraps what a reader made: <paramref name="cases"/> must be exactly the notifications matching
    /// <paramref name="scope"/>, and <paramref name="digest"/> their <see cref="DataSetHash.NotificationDigest"/>.
    /// </summary>
    public CodedNotifications(NotificationFilter scope, NotificationCodes[] cases, byte[] digest)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.Length != DataSetHash.DigestBytes)
        {
            throw new ArgumentException($"The digest is {DataSetHash.DigestBytes} bytes.", nameof(digest));
        }

        Scope = scope;
        _cases = cases;
        _digest = new Lazy<byte[]>(digest);
    }

    // Records in memory are hashed only when a report asks for the digest: tables alone do not need it.
    private CodedNotifications(NotificationFilter scope, NotificationCodes[] cases, Func<byte[]> digest)
    {
        Scope = scope;
        _cases = cases;
        _digest = new Lazy<byte[]>(digest);
    }

    /// <summary>The filter the notifications were chosen by.</summary>
    public NotificationFilter Scope { get; }

    /// <summary>The notifications' counted fields.</summary>
    public ReadOnlySpan<NotificationCodes> Cases => _cases;

    /// <summary>How many notifications are in scope.</summary>
    public int Count => _cases.Length;

    /// <summary>N: the SHA-256 of the notifications' canonical lines in case-id order.</summary>
    public ReadOnlySpan<byte> Digest => _digest.Value;

    /// <summary>The notifications of <paramref name="notifications"/> that match <paramref name="scope"/>.</summary>
    public static CodedNotifications Of(IEnumerable<Notification> notifications, NotificationFilter scope)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(scope);
        var inScope = scope.IsEmpty ? notifications as IReadOnlyList<Notification> ?? [.. notifications] : [.. notifications.Where(scope.Matches)];
        var cases = new NotificationCodes[inScope.Count];
        for (var i = 0; i < cases.Length; i++)
        {
            cases[i] = NotificationCodes.Of(inScope[i]);
        }

        return new CodedNotifications(scope, cases, () => DataSetHash.NotificationDigest(inScope));
    }
}
