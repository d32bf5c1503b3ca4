using System.Runtime.CompilerServices;

namespace CaseLens.Domain.Notifications;

/// <summary>
/// The populations the notification tables are counted over (docs/tables.md, "base"), stated once:
/// the tables, the import's summary and the intensive sample all ask here. The rules read only the
/// review status and the exclusion, so they serve a whole <see cref="Notification"/> and the coded
/// fields a report reads from the store alike.
/// </summary>
public static class TableBases
{
    /// <summary>
    /// Counted among all notifications (A0, A1): every row except duplicates, sibling reports and
    /// test records; a looked-after child's accident or natural death still counts here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCounted(Exclusion? exclusion) => exclusion is null or Exclusion.LacAccidentOrNaturalCauses;

    /// <summary>An SCR case: became a serious case review and is not excluded for any reason (Tables 1–21).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsScrCase(ScrStatus status, Exclusion? exclusion) => status == ScrStatus.Yes && exclusion is null;

    /// <summary>In the comparison of reviews with non-reviews (A2–A5): status yes or no, no exclusion of any kind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInReviewComparison(ScrStatus status, Exclusion? exclusion) =>
        exclusion is null && status is ScrStatus.Yes or ScrStatus.No;

    /// <inheritdoc cref="IsCounted(Exclusion?)"/>
    public static bool IsCounted(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return IsCounted(notification.Exclusion);
    }

    /// <inheritdoc cref="IsScrCase(ScrStatus, Exclusion?)"/>
    public static bool IsScrCase(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return IsScrCase(notification.ScrStatus, notification.Exclusion);
    }

    /// <inheritdoc cref="IsInReviewComparison(ScrStatus, Exclusion?)"/>
    public static bool IsInReviewComparison(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return IsInReviewComparison(notification.ScrStatus, notification.Exclusion);
    }
}
