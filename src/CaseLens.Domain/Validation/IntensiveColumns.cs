using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Validation;

/// <summary>
/// The column catalogue of the intensive sample coding sheet (intensive-csv.md, version 1), in the
/// order files are written. Readers, writers and forms all take the column list from here.
/// </summary>
public static class IntensiveColumns
{
    public const string CaseId = "case_id";
    public const string IncidentType = "incident_type";
    public const string Gender = "gender";
    public const string AgeMonths = "age_months";
    public const string Region = "region";
    public const string HouseholdChildren = "household_children";
    public const string FrequentMoves = "frequent_moves";
    public const string DomesticViolence = "domestic_violence";
    public const string MaternalSubstanceMisuse = "maternal_substance_misuse";
    public const string PaternalSubstanceMisuse = "paternal_substance_misuse";
    public const string MaternalMentalHealth = "maternal_mental_health";
    public const string PaternalMentalHealth = "paternal_mental_health";
    public const string ParentalLearningDisability = "parental_learning_disability";
    public const string CriminalConvictions = "criminal_convictions";
    public const string KnownToCsc = "known_to_csc";
    public const string CpPlan = "cp_plan";
    public const string CourtOrder = "court_order";
    public const string Gestation = "gestation";
    public const string Birth = "birth";
    public const string Disability = "disability";
    public const string HospitalAdmissions = "hospital_admissions";
    public const string AeAttendances = "ae_attendances";
    public const string AudiologyOphthalmologyNeeds = "audiology_ophthalmology_needs";
    public const string SpeechLanguageNeeds = "speech_language_needs";
    public const string AntenatalAttendance = "antenatal_attendance";
    public const string DevelopmentChecks = "development_checks";
    public const string GpRegistration = "gp_registration";
    public const string InterventionLevel = "intervention_level";
    public const string Cooperation = "cooperation";

    /// <summary>Every column in the order the format is written (the specification's order).</summary>
    public static IReadOnlyList<ColumnDefinition> All { get; } =
    [
        new(CaseId, true, ColumnKind.Text, "The case's identifier: 1-40 characters of A-Z a-z 0-9 _ -, unique in the file."),
        ColumnDefinition.Coded<IncidentType>(IncidentType, true, "Death or serious injury (Appendix 2)."),
        ColumnDefinition.Coded<Gender>(Gender, false, "Gender."),
        new(AgeMonths, false, ColumnKind.Integer, "Age at the incident in completed months, 0-215."),
        ColumnDefinition.Coded<Region>(Region, false, "Government Office region."),
        new(HouseholdChildren, false, ColumnKind.Integer, "Children in the household, 1 or more (Appendix 2)."),
        ColumnDefinition.YesNo(FrequentMoves, "Frequent house moves."),
        ColumnDefinition.Coded<DomesticViolenceHistory>(DomesticViolence, false, "Domestic violence: current, past, or both."),
        ColumnDefinition.Coded<ParentalDifficulty>(MaternalSubstanceMisuse, false, "Maternal substance misuse."),
        ColumnDefinition.Coded<ParentalDifficulty>(PaternalSubstanceMisuse, false, "Paternal substance misuse."),
        ColumnDefinition.Coded<ParentalDifficulty>(MaternalMentalHealth, false, "Maternal mental ill health."),
        ColumnDefinition.Coded<ParentalDifficulty>(PaternalMentalHealth, false, "Paternal mental ill health."),
        ColumnDefinition.YesNo(ParentalLearningDisability, "Learning disability of either parent."),
        ColumnDefinition.YesNo(CriminalConvictions, "Criminal convictions of either parent or carer."),
        ColumnDefinition.Coded<CscInvolvement>(KnownToCsc, false, "Known to children's social care at the incident / in the past only / never."),
        ColumnDefinition.Coded<PlanHistory>(CpPlan, false, "Child protection plan; current or past needs known_to_csc other than no."),
        ColumnDefinition.Coded<CourtOrder>(CourtOrder, false, "Court order."),
        ColumnDefinition.Coded<Gestation>(Gestation, false, "Gestation (Table A8)."),
        ColumnDefinition.Coded<BirthCircumstance>(Birth, false, "Circumstances of the birth (Table A9)."),
        ColumnDefinition.YesNo(Disability, "Known disability."),
        new(HospitalAdmissions, false, ColumnKind.Integer, "Hospital admissions noted in the overview report, 0 or more (Table A10)."),
        new(AeAttendances, false, ColumnKind.Integer, "A&E attendances noted, 0 or more (Table A11)."),
        ColumnDefinition.YesNo(AudiologyOphthalmologyNeeds, "Audiology or ophthalmology needs."),
        ColumnDefinition.YesNo(SpeechLanguageNeeds, "Speech and language needs."),
        ColumnDefinition.Coded<AntenatalAttendance>(AntenatalAttendance, false, "Mother's attendance at ante-natal appointments (Table A6)."),
        ColumnDefinition.Coded<DevelopmentChecks>(DevelopmentChecks, false, "Immunisations and development checks (Table A7); too_young only under 3 months."),
        ColumnDefinition.Coded<GpRegistration>(GpRegistration, false, "The child's GP registration in its lifetime."),
        ColumnDefinition.Coded<InterventionLevel>(InterventionLevel, false, "Level of intervention at the incident, 1-4 (Figure 9)."),
        ColumnDefinition.Coded<Cooperation>(Cooperation, false, "Family's co-operation at the incident, 1-5 (Chapter 3)."),
    ];
}
