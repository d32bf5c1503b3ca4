using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Why a notification is left out of analysis (Appendix 1). The first three are left out of everything; a looked-after child's accident or natural death still counts among all notifications (A0, A1) but not in the comparisons of reviews with non-reviews (A2–A5).</summary>
public enum Exclusion
{
    [Label("Duplicate report")]
    DuplicateReport,

    [Label("Sibling report")]
    SiblingReport,

    [Label("Test record")]
    TestRecord,

    [Label("Looked after child: accident or natural causes")]
    LacAccidentOrNaturalCauses,
}
