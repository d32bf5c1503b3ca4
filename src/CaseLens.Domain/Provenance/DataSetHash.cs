using System.Security.Cryptography;
using System.Text;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Provenance;

/// <summary>
/// The data set hash of a report's provenance (lower-case hex SHA-256), the same for the same
/// records whatever their order or source:
/// <c>SHA-256(N ‖ I)</c>, where N is the SHA-256 of the notifications' <see cref="CanonicalText"/>
/// lines and I that of the intensive cases' lines, each set sorted by case id (ordinal). The two
/// parts are hashed apart so that a store can hash its notifications where it reads them.
/// </summary>
public static class DataSetHash
{
    /// <summary>Size in bytes of a part digest.</summary>
    public const int DigestBytes = 32;

    /// <summary>The data set hash of these records.</summary>
    public static string Of(IEnumerable<Notification> notifications, IEnumerable<IntensiveCase> intensiveCases) =>
        Combine(NotificationDigest(notifications), IntensiveDigest(intensiveCases));

    /// <summary>N: the SHA-256 of the notifications' canonical lines in case-id order.</summary>
    public static byte[] NotificationDigest(IEnumerable<Notification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        return Digest(notifications, n => n.CaseId, CanonicalText.AppendLine);
    }

    /// <summary>I: the SHA-256 of the intensive cases' canonical lines in case-id order.</summary>
    public static byte[] IntensiveDigest(IEnumerable<IntensiveCase> intensiveCases)
    {
        ArgumentNullException.ThrowIfNull(intensiveCases);
        return Digest(intensiveCases, c => c.CaseId, CanonicalText.AppendLine);
    }

    /// <summary>The hash of a data set from its two part digests.</summary>
    public static string Combine(ReadOnlySpan<byte> notificationDigest, ReadOnlySpan<byte> intensiveDigest)
    {
        if (notificationDigest.Length != DigestBytes || intensiveDigest.Length != DigestBytes)
        {
            throw new ArgumentException($"Each part digest is {DigestBytes} bytes.");
        }

        Span<byte> both = stackalloc byte[2 * DigestBytes];
        notificationDigest.CopyTo(both);
        intensiveDigest.CopyTo(both[DigestBytes..]);
        return Convert.ToHexStringLower(SHA256.HashData(both));
    }

    /// <summary>The records sorted by case id (ordinal), then their canonical lines hashed in that order.</summary>
    private static byte[] Digest<T>(IEnumerable<T> records, Func<T, string> id, Action<T, StringBuilder> appendLine)
    {
        var items = records.ToArray();
        var keys = Array.ConvertAll(items, r => id(r));
        Array.Sort(keys, items, StringComparer.Ordinal);
        using var digest = new CanonicalDigest<T>(id, appendLine);
        foreach (var record in items)
        {
            digest.Add(record);
        }

        return digest.Complete();
    }
}
