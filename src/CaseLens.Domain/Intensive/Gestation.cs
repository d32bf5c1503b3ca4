using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Intensive;

/// <summary>Gestation at birth (Table A8).</summary>
public enum Gestation
{
    [Label("Full term")]
    FullTerm,

    [Label("Premature")]
    Premature,
}
