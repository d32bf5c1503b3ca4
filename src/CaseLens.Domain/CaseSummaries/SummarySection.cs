using CaseLens.Domain.Coding;

namespace CaseLens.Domain.CaseSummaries;

/// <summary>
/// The sections of the case summary template (Appendix 1 of the study), in its order; each is free
/// text. The code (snake_case) names the section in forms and in the audit trail.
/// </summary>
public enum SummarySection
{
    [Label("Key features of the case, including patterns of family co-operation")]
    KeyFeatures,

    [Label("The child's needs, characteristics and behaviour")]
    ChildNeeds,

    [Label("The mother's or carer's history, profile and parenting capacity")]
    MotherHistory,

    [Label("The father's or carer's history, profile and parenting capacity")]
    FatherHistory,

    [Label("Wider family and environment")]
    WiderFamily,

    [Label("Professional involvement")]
    ProfessionalInvolvement,

    [Label("Summary of risk and protective factors and supports")]
    RiskAndProtectiveFactors,

    [Label("Analysis of family co-operation")]
    CooperationAnalysis,

    [Label("A hypothesis about the nature, origins and cause of the need, problem or concern")]
    Hypothesis,

    [Label("What could have been done differently?")]
    DoneDifferently,

    [Label("Structure and quality of the overview report")]
    OverviewReportQuality,

    [Label("Structure and quality of the other attached reports")]
    OtherReportsQuality,

    [Label("Timescales of the review and anything impeding timely submission (court, sickness)")]
    Timescales,

    [Label("Involvement of the family in the review")]
    FamilyInvolvement,
}
