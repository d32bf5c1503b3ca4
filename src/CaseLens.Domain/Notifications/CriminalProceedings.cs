using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Criminal proceedings following the incident (Table 16).</summary>
public enum CriminalProceedings
{
    [Label("No")]
    No,

    [Label("Yes")]
    Yes,

    [Label("Possible")]
    Possible,
}
