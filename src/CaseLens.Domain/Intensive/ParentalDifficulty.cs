using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>A parent's substance misuse or mental ill health: at the incident, in the past only, or not at all.</summary>
public enum ParentalDifficulty
{
    [Label("No")]
    No,

    [Label("Current")]
    Current,

    [Label("Past only")]
    PastOnly,
}
