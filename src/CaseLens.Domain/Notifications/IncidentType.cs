using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Whether the child died or was seriously injured (Table 14).</summary>
public enum IncidentType
{
    [Label("Death")]
    Death,

    [Label("Serious injury")]
    SeriousInjury,
}
