using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>The populations the notification tables are computed over (report-tables.md, "base").</summary>
public static class Bases
{
    /// <summary>An SCR case: became a serious case review and is not excluded for any reason (Tables 1–21).</summary>
    public static bool IsScrCase(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.ScrStatus == ScrStatus.Yes && notification.Exclusion is null;
    }

    /// <summary>
    /// Counted among all notifications (A0, A1): every row except duplicates, sibling reports and
    /// test records; a looked-after child's accident or natural death still counts here.
    /// </summary>
    public static bool IsNotificationCounted(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Exclusion is null or Exclusion.LacAccidentOrNaturalCauses;
    }

    /// <summary>In the comparison of reviews with non-reviews (A2–A5): status yes or no, no exclusion of any kind.</summary>
    public static bool IsInReviewComparison(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Exclusion is null && notification.ScrStatus is ScrStatus.Yes or ScrStatus.No;
    }
}
