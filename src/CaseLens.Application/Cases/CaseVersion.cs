using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;

namespace CaseLens.Application.Cases;

/// <summary>
/// A notification as it was read, with a token of its exact content. An edit carries the token of
/// the version it was made from; a save whose token is no longer the stored one's is refused
/// (optimistic concurrency), with no version column needed in the store.
/// </summary>
public sealed record CaseVersion(Notification Record)
{
    /// <summary>The cells of the record by column name, as a form or a file holds them.</summary>
    public IReadOnlyDictionary<string, string> Cells { get; } = NotificationCoding.Cells(Record);

    /// <summary>SHA-256 of every cell in catalogue order, in hex: equal exactly when the records are.</summary>
    public string Token { get; } = TokenOf(Record);

    /// <summary>The token of <paramref name="record"/>, as <see cref="Token"/>.</summary>
    public static string TokenOf(Notification record) => VersionToken.Of(NotificationCoding.Write(record));
}
