using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>The mother's attendance at ante-natal appointments (Table A6). TotallyMissed includes a concealed pregnancy.</summary>
public enum AntenatalAttendance
{
    [Label("Attended")]
    Attended,

    [Label("Partial attendance")]
    Partial,

    [Label("Mainly missed")]
    MainlyMissed,

    [Label("Totally missed or concealed")]
    TotallyMissed,
}
