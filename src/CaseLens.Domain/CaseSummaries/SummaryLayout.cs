namespace CaseLens.Domain.CaseSummaries;

/// <summary>The case summary template's layout: each heading with its sections, in the template's order, for forms and documents alike.</summary>
public static class SummaryLayout
{
    /// <summary>The headings in order, each with the sections written under it.</summary>
    public static IReadOnlyList<(SummaryPart Part, IReadOnlyList<SummarySection> Sections)> Parts { get; } =
    [
        (SummaryPart.KeyFeatures, [SummarySection.KeyFeatures]),
        (SummaryPart.Background, [SummarySection.ChildNeeds, SummarySection.MotherHistory, SummarySection.FatherHistory, SummarySection.WiderFamily]),
        (SummaryPart.ProfessionalInvolvement, [SummarySection.ProfessionalInvolvement]),
        (SummaryPart.Analysis, [SummarySection.RiskAndProtectiveFactors, SummarySection.CooperationAnalysis, SummarySection.Hypothesis]),
        (SummaryPart.DoneDifferently, [SummarySection.DoneDifferently]),
        (SummaryPart.ReviewProcess, [SummarySection.OverviewReportQuality, SummarySection.OtherReportsQuality, SummarySection.Timescales, SummarySection.FamilyInvolvement]),
        (SummaryPart.HealthMarkerDetails,
        [
            SummarySection.HealthNeedsDetails, SummarySection.AdmissionsRecentDetails, SummarySection.AdmissionsEarlierDetails,
            SummarySection.AeRecentDetails, SummarySection.AeEarlierDetails, SummarySection.SpecialistAppointmentsDetails,
            SummarySection.UrgentCareTimespan, SummarySection.HvContactChildFrequency, SummarySection.HvContactOtherChildFrequency,
            SummarySection.MidwifeContactChildFrequency, SummarySection.MidwifeContactOtherChildFrequency,
            SummarySection.SpecialistContactsDetails, SummarySection.OtherSpecialistSpecified,
            SummarySection.MotherMentalHealthCareDetails, SummarySection.MotherPrimaryCareDetails,
            SummarySection.MotherSubstanceMisuseServicesDetails, SummarySection.MotherOtherHealthServicesDetails,
            SummarySection.FatherMentalHealthCareDetails, SummarySection.FatherPrimaryCareDetails,
            SummarySection.FatherSubstanceMisuseServicesDetails, SummarySection.FatherOtherHealthServicesDetails,
            SummarySection.ParentLearningDisabilityWhich,
        ]),
    ];
}
