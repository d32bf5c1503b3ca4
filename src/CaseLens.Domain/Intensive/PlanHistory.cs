using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>Whether the child had a child protection plan, in the intensive sample's coding (no 'unclear').</summary>
public enum PlanHistory
{
    [Label("No")]
    No,

    [Label("Current")]
    Current,

    [Label("Past")]
    Past,
}
