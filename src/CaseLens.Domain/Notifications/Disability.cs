using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Known disability (Table 13). CausedByIncident counts as No in Table 13: the disability is a result of the incident.</summary>
public enum Disability
{
    [Label("No")]
    No,

    [Label("Yes")]
    Yes,

    [Label("Caused by the incident")]
    CausedByIncident,
}
