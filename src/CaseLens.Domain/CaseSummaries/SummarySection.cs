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

    // The health-markers schedule's free-text details, beside its coded items (the health_needs …
    // *_other_health_services_* columns of the intensive case). Kept here, as sections, so they are
    // stored (a row per written section: no new table), audited field by field, compared and printed
    // as every other free text of the case is. They go last, as their heading does in SummaryLayout.
    [Label("Disability or chronic illness: if yes, details (item 2)")]
    HealthNeedsDetails,

    [Label("Hospital admissions up to 10 years before the incident: dates of admissions and reason for each admission (item 3a)")]
    AdmissionsRecentDetails,

    [Label("Hospital admissions more than 10 years before the incident: dates of admissions and reason for each admission (item 3b)")]
    AdmissionsEarlierDetails,

    [Label("A&E attendances up to 10 years before the incident: dates of attendances and reason for each attendance (item 4a)")]
    AeRecentDetails,

    [Label("A&E attendances more than 10 years before the incident: dates of attendances and reason for each attendance (item 4b)")]
    AeEarlierDetails,

    [Label("Specialist health appointments: please list, e.g. audiology, SLT (item 7c)")]
    SpecialistAppointmentsDetails,

    [Label("NHS Direct, walk-in clinic or ambulance within a month of the incident: specify timespan (item 8)")]
    UrgentCareTimespan,

    [Label("Health visitor's contact with the index child: frequency of contact (item 9)")]
    HvContactChildFrequency,

    [Label("Health visitor's contact with another child: frequency of contact (item 10)")]
    HvContactOtherChildFrequency,

    [Label("Midwife's contact with the index child: frequency of contact (item 11)")]
    MidwifeContactChildFrequency,

    [Label("Midwife's contact with another child: frequency of contact (item 12)")]
    MidwifeContactOtherChildFrequency,

    [Label("Other specialist health care contacts in the 10 years before the incident (school nurse, community paediatrician, SALT, CAMHS, DAT, other): with time span, briefly (item 13)")]
    SpecialistContactsDetails,

    [Label("Other specialist health care: other (specify) (item 13)")]
    OtherSpecialistSpecified,

    [Label("Mother's mental health care: brief details, which professional(s) and frequency of contact")]
    MotherMentalHealthCareDetails,

    [Label("Mother's primary care for physical health: brief details, which professional(s) and frequency of contact")]
    MotherPrimaryCareDetails,

    [Label("Mother's substance misuse services: brief details, which professional(s) and frequency of contact")]
    MotherSubstanceMisuseServicesDetails,

    [Label("Mother's other health services: brief details, which professional(s) and frequency of contact")]
    MotherOtherHealthServicesDetails,

    [Label("Father's mental health care: brief details, which professional(s) and frequency of contact")]
    FatherMentalHealthCareDetails,

    [Label("Father's primary care for physical health: brief details, which professional(s) and frequency of contact")]
    FatherPrimaryCareDetails,

    [Label("Father's substance misuse services: brief details, which professional(s) and frequency of contact")]
    FatherSubstanceMisuseServicesDetails,

    [Label("Father's other health services: brief details, which professional(s) and frequency of contact")]
    FatherOtherHealthServicesDetails,

    [Label("Parent's learning disability: which parent")]
    ParentLearningDisabilityWhich,
}
