using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Notifications;

/// <summary>Where the child was living at the incident (Table 12).</summary>
public enum LivingSituation
{
    [Label("At home")]
    Home,

    [Label("With relatives")]
    Relatives,

    [Label("Foster care")]
    FosterCare,

    [Label("Hospital or residential")]
    HospitalOrResidential,

    [Label("Semi-independent")]
    SemiIndependent,

    [Label("Other")]
    Other,

    [Label("Not yet known")]
    NotYetKnown,
}
