using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Reasons given in notification updates for a review running late (Chapter 4).</summary>
public enum DelayReason
{
    [Label("Individual management reviews late")]
    ImrDelay,

    [Label("Chair or author")]
    ChairOrAuthor,

    [Label("Complexity")]
    Complexity,

    [Label("Criminal proceedings")]
    CriminalProceedings,

    [Label("Care proceedings")]
    CareProceedings,

    [Label("Inquest")]
    Inquest,

    [Label("Parallel investigation")]
    ParallelInvestigation,

    [Label("Capacity or sickness")]
    CapacityOrSickness,

    [Label("Amendments or re-scoping")]
    AmendmentsOrRescoping,

    [Label("Other")]
    Other,
}
