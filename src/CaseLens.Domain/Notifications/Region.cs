using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Government Office region of England.</summary>
public enum Region
{
    [Label("North East")]
    NorthEast,

    [Label("North West")]
    NorthWest,

    [Label("Yorkshire and the Humber")]
    YorkshireHumber,

    [Label("East Midlands")]
    EastMidlands,

    [Label("West Midlands")]
    WestMidlands,

    [Label("East of England")]
    East,

    [Label("London")]
    London,

    [Label("South East")]
    SouthEast,

    [Label("South West")]
    SouthWest,
}
