using CaseLens.Domain.Coding;

namespace CaseLens.Domain.CaseSummaries;

/// <summary>The headings of the case summary template, under which its sections stand (<see cref="SummaryLayout"/>).</summary>
public enum SummaryPart
{
    [Label("Key features of the case")]
    KeyFeatures,

    [Label("Child and family background")]
    Background,

    [Label("Professional involvement")]
    ProfessionalInvolvement,

    [Label("Analysis of interacting risk and protective factors")]
    Analysis,

    [Label("What could have been done differently?")]
    DoneDifferently,

    [Label("Summary of the serious case review process")]
    ReviewProcess,

    [Label("Health markers: details")]
    HealthMarkerDetails,
}
