using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// What the notification tables and the provenance need of the notifications in a report's scope,
/// and nothing more: every count (gathered in one pass, see <see cref="NotificationCounter"/>), the
/// span of incident dates, and N, the digest of the whole records for the data set hash
/// (<see cref="DataSetHash.NotificationDigest"/>). Made from coded notifications in memory by
/// <see cref="Of"/>, or by a reader that counts and hashes the records as it reads them.
/// </summary>
public sealed class NotificationCounts
{
    private readonly Lazy<byte[]> _digest;

    /// <summary>
    /// Wraps what a reader counted: <paramref name="counted"/> must have counted exactly the
    /// notifications matching <paramref name="scope"/>, and <paramref name="digest"/> is their N.
    /// </summary>
    public NotificationCounts(NotificationFilter scope, NotificationCounter counted, byte[] digest)
        : this(scope, (counted ?? throw new ArgumentNullException(nameof(counted))).Tally, CheckedDigest(digest))
    {
    }

    private NotificationCounts(NotificationFilter scope, NotificationTally tally, Lazy<byte[]> digest)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        Tally = tally;
        _digest = digest;
    }

    /// <summary>The filter the notifications were chosen by.</summary>
    public NotificationFilter Scope { get; }

    /// <summary>How many notifications are in scope.</summary>
    public int Count => Tally.Cases;

    /// <summary>The dates of the earliest and latest incident in scope; null when there is no notification.</summary>
    public (DateOnly First, DateOnly Last)? IncidentSpan => Tally.IncidentSpan;

    /// <summary>N: the SHA-256 of the notifications' canonical lines in case-id order.</summary>
    public ReadOnlySpan<byte> Digest => _digest.Value;

    internal NotificationTally Tally { get; }

    /// <summary>The counts of coded notifications; their digest is taken only when asked for, as theirs is.</summary>
    public static NotificationCounts Of(CodedNotifications cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new NotificationCounts(cases.Scope, NotificationTally.Of(cases.Cases), new Lazy<byte[]>(() => cases.Digest.ToArray()));
    }

    /// <summary>
    /// The version of the bytes <see cref="Write"/> makes, their first byte. A store keeps the counts
    /// beside the cases with it, and a reader that knows another version counts the cases again.
    /// </summary>
    public const byte KeptFormat = 1;

    /// <summary>
    /// The counts and N as bytes (<see cref="KeptFormat"/> first), to be kept beside the cases they
    /// count and read again by <see cref="Read"/>: the report made from them is the report made from
    /// the cases. The scope is not written: kept counts are of a whole store.
    /// </summary>
    public byte[] Write()
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            writer.Write(KeptFormat);
            writer.Write(Digest);
            Tally.Write(writer);
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// The counts <see cref="Write"/> wrote, of the notifications matching <paramref name="scope"/>;
    /// null when the bytes are of another version or do not hold counts (a reader then counts the cases).
    /// </summary>
    public static NotificationCounts? Read(ReadOnlySpan<byte> bytes, NotificationFilter scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (bytes.Length < 1 + DataSetHash.DigestBytes || bytes[0] != KeptFormat)
        {
            return null;
        }

        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = new BinaryReader(stream);
        try
        {
            reader.ReadByte();
            var digest = reader.ReadBytes(DataSetHash.DigestBytes);
            var tally = NotificationTally.Read(reader);
            return stream.Position == stream.Length ? new NotificationCounts(scope, tally, new Lazy<byte[]>(digest)) : null;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }

    private static Lazy<byte[]> CheckedDigest(byte[] digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.Length != DataSetHash.DigestBytes)
        {
            throw new ArgumentException($"The digest is {DataSetHash.DigestBytes} bytes.", nameof(digest));
        }

        return new Lazy<byte[]>(digest);
    }
}
