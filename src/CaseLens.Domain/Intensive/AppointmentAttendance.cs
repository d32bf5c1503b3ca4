using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>Attendance at the index child's specialist health appointments, such as audiology or speech and language therapy (item 7c).</summary>
public enum AppointmentAttendance
{
    [Label("Attended")]
    Attended,

    [Label("Partial attendance")]
    Partial,

    [Label("Mainly missed")]
    MainlyMissed,

    [Label("Too young")]
    TooYoung,

    [Label("No information")]
    NoInformation,
}
