using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>The child's registration with a GP over its lifetime.</summary>
public enum GpRegistration
{
    [Label("Continuous")]
    Continuous,

    [Label("Lapses")]
    Lapses,

    [Label("Removed from list")]
    Removed,
}
