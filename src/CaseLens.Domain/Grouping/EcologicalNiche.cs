using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Grouping;

/// <summary>The developmental stages Chapter 3 reads the cases by.</summary>
public enum EcologicalNiche
{
    /// <summary>0–5 years.</summary>
    [Label("Pre-school (0-5)")]
    PreSchool,

    /// <summary>6–10 years.</summary>
    [Label("Middle childhood (6-10)")]
    MiddleChildhood,

    /// <summary>11–17 years.</summary>
    [Label("Adolescence (11-17)")]
    Adolescence,
}
