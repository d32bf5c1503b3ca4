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
    ];

    public override string Name => "intensive_cases";

    public override AuditedEntity Entity => AuditedEntity.IntensiveCase;

    public override IReadOnlyList<C> Columns => All;

    public override string KeyOf(IntensiveCase record) => record.CaseId;
}
