using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Birth order of the index child (Table 6).</summary>
public enum BirthOrder
{
    [Label("Only child")]
    Only,

    [Label("Oldest child")]
    Oldest,

    [Label("Youngest child")]
    Youngest,

    [Label("Both older and younger siblings")]
    Middle,

    [Label("Twin of single pregnancy")]
    Twin,
}
