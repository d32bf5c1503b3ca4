using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>Attendance at immunisations and universal development checks (Table A7). TooYoung applies only under three months of age.</summary>
public enum DevelopmentChecks
{
    [Label("Attended")]
    Attended,

    [Label("Partial attendance")]
    Partial,

    [Label("Mainly missed")]
    MainlyMissed,

    [Label("Too young")]
    TooYoung,
}
