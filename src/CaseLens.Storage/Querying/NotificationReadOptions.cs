namespace CaseLens.Storage.Querying;

/// <summary>Which fields of each notification a stream reads from the store.</summary>
public sealed record NotificationReadOptions
{
    /// <summary>Every field, the free text included (the default).</summary>
    public static NotificationReadOptions Everything { get; } = new();

    /// <summary>
    /// Every field but the free text (the board's name and the case outline), which no table uses:
    /// faster, and the narrative never leaves the database.
    /// </summary>
    public static NotificationReadOptions WithoutNarrative { get; } = new() { IncludeNarrative = false };

    /// <summary>
    /// Whether the free text is read: <see cref="Domain.Notifications.Notification.Board"/> and
    /// <see cref="Domain.Notifications.Notification.CaseOutline"/>. When false both are null in every
    /// record read (a filter on the board still applies, in the database).
    /// </summary>
    public bool IncludeNarrative { get; init; } = true;
}
