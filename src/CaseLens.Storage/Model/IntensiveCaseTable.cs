using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Auditing;
using C = CaseLens.Storage.Model.RecordColumn<CaseLens.Domain.Intensive.IntensiveCase>;

namespace CaseLens.Storage.Model;

/// <summary>The <c>intensive_cases</c> table: one column per variable of the intensive sample sheet.</summary>
internal sealed class IntensiveCaseTable : RecordTable<IntensiveCase>
{
    public static IntensiveCaseTable Instance { get; } = new();

    private static readonly C[] All =
    [
        C.Text("case_id", nameof(IntensiveCase.CaseId), c => c.CaseId, required: true),
        C.Code<IncidentType>("incident_type", nameof(IntensiveCase.IncidentType), c => c.IncidentType, required: true),
        C.Code("gender", nameof(IntensiveCase.Gender), c => c.Gender),
        C.Integer("age_months", nameof(IntensiveCase.AgeMonths), c => c.AgeMonths),
        C.Code("region", nameof(IntensiveCase.Region), c => c.Region),
        C.Integer("household_children", nameof(IntensiveCase.HouseholdChildren), c => c.HouseholdChildren),
        C.Boolean("frequent_moves", nameof(IntensiveCase.FrequentMoves), c => c.FrequentMoves),
        C.Code("domestic_violence", nameof(IntensiveCase.DomesticViolence), c => c.DomesticViolence),
        C.Code("maternal_substance_misuse", nameof(IntensiveCase.MaternalSubstanceMisuse), c => c.MaternalSubstanceMisuse),
        C.Code("paternal_substance_misuse", nameof(IntensiveCase.PaternalSubstanceMisuse), c => c.PaternalSubstanceMisuse),
        C.Code("maternal_mental_health", nameof(IntensiveCase.MaternalMentalHealth), c => c.MaternalMentalHealth),
        C.Code("paternal_mental_health", nameof(IntensiveCase.PaternalMentalHealth), c => c.PaternalMentalHealth),
        C.Boolean("parental_learning_disability", nameof(IntensiveCase.ParentalLearningDisability), c => c.ParentalLearningDisability),
        C.Boolean("criminal_convictions", nameof(IntensiveCase.CriminalConvictions), c => c.CriminalConvictions),
        C.Code("known_to_csc", nameof(IntensiveCase.KnownToCsc), c => c.KnownToCsc),
        C.Code("cp_plan", nameof(IntensiveCase.ProtectionPlan), c => c.ProtectionPlan),
        C.Code("court_order", nameof(IntensiveCase.CourtOrder), c => c.CourtOrder),
        C.Code("gestation", nameof(IntensiveCase.Gestation), c => c.Gestation),
        C.Code("birth", nameof(IntensiveCase.Birth), c => c.Birth),
        C.Boolean("disability", nameof(IntensiveCase.Disability), c => c.Disability),
        C.Integer("hospital_admissions", nameof(IntensiveCase.HospitalAdmissions), c => c.HospitalAdmissions),
        C.Integer("ae_attendances", nameof(IntensiveCase.AeAttendances), c => c.AeAttendances),
        C.Boolean("audiology_ophthalmology_needs", nameof(IntensiveCase.AudiologyOphthalmologyNeeds), c => c.AudiologyOphthalmologyNeeds),
        C.Boolean("speech_language_needs", nameof(IntensiveCase.SpeechLanguageNeeds), c => c.SpeechLanguageNeeds),
        C.Code("antenatal_attendance", nameof(IntensiveCase.AntenatalAttendance), c => c.AntenatalAttendance),
        C.Code("development_checks", nameof(IntensiveCase.DevelopmentChecks), c => c.DevelopmentChecks),
        C.Code("gp_registration", nameof(IntensiveCase.GpRegistration), c => c.GpRegistration),
        C.Code("intervention_level", nameof(IntensiveCase.InterventionLevel), c => c.InterventionLevel),
        C.Code("cooperation", nameof(IntensiveCase.Cooperation), c => c.Cooperation),
        C.Set("health_needs", nameof(IntensiveCase.HealthNeeds), c => c.HealthNeeds),
        C.Code("admissions_recent", nameof(IntensiveCase.AdmissionsRecent), c => c.AdmissionsRecent),
        C.Code("admissions_earlier", nameof(IntensiveCase.AdmissionsEarlier), c => c.AdmissionsEarlier),
        C.Code("ae_recent", nameof(IntensiveCase.AeRecent), c => c.AeRecent),
        C.Code("ae_earlier", nameof(IntensiveCase.AeEarlier), c => c.AeEarlier),
        C.Code("family_gp_registration", nameof(IntensiveCase.FamilyGpRegistration), c => c.FamilyGpRegistration),
        C.Code("specialist_appointments", nameof(IntensiveCase.SpecialistAppointments), c => c.SpecialistAppointments),
        C.Set("urgent_care", nameof(IntensiveCase.UrgentCare), c => c.UrgentCare),
        C.Code("hv_contact_child", nameof(IntensiveCase.HvContactChild), c => c.HvContactChild),
        C.Code("hv_contact_other_child", nameof(IntensiveCase.HvContactOtherChild), c => c.HvContactOtherChild),
        C.Code("midwife_contact_child", nameof(IntensiveCase.MidwifeContactChild), c => c.MidwifeContactChild),
        C.Code("midwife_contact_other_child", nameof(IntensiveCase.MidwifeContactOtherChild), c => c.MidwifeContactOtherChild),
        C.Code("school_nurse", nameof(IntensiveCase.SchoolNurse), c => c.SchoolNurse),
        C.Code("community_paediatrician", nameof(IntensiveCase.CommunityPaediatrician), c => c.CommunityPaediatrician),
        C.Code("salt", nameof(IntensiveCase.Salt), c => c.Salt),
        C.Code("camhs", nameof(IntensiveCase.Camhs), c => c.Camhs),
        C.Code("dat", nameof(IntensiveCase.Dat), c => c.Dat),
        C.Code("other_specialist", nameof(IntensiveCase.OtherSpecialist), c => c.OtherSpecialist),
        C.Code("mother_mental_health_care_at_incident", nameof(IntensiveCase.MotherMentalHealthCareAtIncident), c => c.MotherMentalHealthCareAtIncident),
        C.Code("mother_mental_health_care_history", nameof(IntensiveCase.MotherMentalHealthCareHistory), c => c.MotherMentalHealthCareHistory),
        C.Code("mother_primary_care_at_incident", nameof(IntensiveCase.MotherPrimaryCareAtIncident), c => c.MotherPrimaryCareAtIncident),
        C.Code("mother_primary_care_history", nameof(IntensiveCase.MotherPrimaryCareHistory), c => c.MotherPrimaryCareHistory),
        C.Code("mother_substance_misuse_services_at_incident", nameof(IntensiveCase.MotherSubstanceMisuseServicesAtIncident), c => c.MotherSubstanceMisuseServicesAtIncident),
        C.Code("mother_substance_misuse_services_history", nameof(IntensiveCase.MotherSubstanceMisuseServicesHistory), c => c.MotherSubstanceMisuseServicesHistory),
        C.Code("mother_other_health_services_at_incident", nameof(IntensiveCase.MotherOtherHealthServicesAtIncident), c => c.MotherOtherHealthServicesAtIncident),
        C.Code("mother_other_health_services_history", nameof(IntensiveCase.MotherOtherHealthServicesHistory), c => c.MotherOtherHealthServicesHistory),
        C.Code("father_mental_health_care_at_incident", nameof(IntensiveCase.FatherMentalHealthCareAtIncident), c => c.FatherMentalHealthCareAtIncident),
        C.Code("father_mental_health_care_history", nameof(IntensiveCase.FatherMentalHealthCareHistory), c => c.FatherMentalHealthCareHistory),
        C.Code("father_primary_care_at_incident", nameof(IntensiveCase.FatherPrimaryCareAtIncident), c => c.FatherPrimaryCareAtIncident),
        C.Code("father_primary_care_history", nameof(IntensiveCase.FatherPrimaryCareHistory), c => c.FatherPrimaryCareHistory),
        C.Code("father_substance_misuse_services_at_incident", nameof(IntensiveCase.FatherSubstanceMisuseServicesAtIncident), c => c.FatherSubstanceMisuseServicesAtIncident),
        C.Code("father_substance_misuse_services_history", nameof(IntensiveCase.FatherSubstanceMisuseServicesHistory), c => c.FatherSubstanceMisuseServicesHistory),
        C.Code("father_other_health_services_at_incident", nameof(IntensiveCase.FatherOtherHealthServicesAtIncident), c => c.FatherOtherHealthServicesAtIncident),
        C.Code("father_other_health_services_history", nameof(IntensiveCase.FatherOtherHealthServicesHistory), c => c.FatherOtherHealthServicesHistory),
    ];

    public override string Name => "intensive_cases";

    public override AuditedEntity Entity => AuditedEntity.IntensiveCase;

    public override IReadOnlyList<C> Columns => All;

    public override string KeyOf(IntensiveCase record) => record.CaseId;
}
