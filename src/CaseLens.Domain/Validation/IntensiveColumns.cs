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

    // The health-markers schedule (Appendix 1): the index child, then the parents.
    public const string HealthNeeds = "health_needs";
    public const string AdmissionsRecent = "admissions_recent";
    public const string AdmissionsEarlier = "admissions_earlier";
    public const string AeRecent = "ae_recent";
    public const string AeEarlier = "ae_earlier";
    public const string FamilyGpRegistration = "family_gp_registration";
    public const string SpecialistAppointments = "specialist_appointments";
    public const string UrgentCare = "urgent_care";
    public const string HvContactChild = "hv_contact_child";
    public const string HvContactOtherChild = "hv_contact_other_child";
    public const string MidwifeContactChild = "midwife_contact_child";
    public const string MidwifeContactOtherChild = "midwife_contact_other_child";
    public const string SchoolNurse = "school_nurse";
    public const string CommunityPaediatrician = "community_paediatrician";
    public const string Salt = "salt";
    public const string Camhs = "camhs";
    public const string Dat = "dat";
    public const string OtherSpecialist = "other_specialist";
    public const string MotherMentalHealthCareAtIncident = "mother_mental_health_care_at_incident";
    public const string MotherMentalHealthCareHistory = "mother_mental_health_care_history";
    public const string MotherPrimaryCareAtIncident = "mother_primary_care_at_incident";
    public const string MotherPrimaryCareHistory = "mother_primary_care_history";
    public const string MotherSubstanceMisuseServicesAtIncident = "mother_substance_misuse_services_at_incident";
    public const string MotherSubstanceMisuseServicesHistory = "mother_substance_misuse_services_history";
    public const string MotherOtherHealthServicesAtIncident = "mother_other_health_services_at_incident";
    public const string MotherOtherHealthServicesHistory = "mother_other_health_services_history";
    public const string FatherMentalHealthCareAtIncident = "father_mental_health_care_at_incident";
    public const string FatherMentalHealthCareHistory = "father_mental_health_care_history";
    public const string FatherPrimaryCareAtIncident = "father_primary_care_at_incident";
    public const string FatherPrimaryCareHistory = "father_primary_care_history";
    public const string FatherSubstanceMisuseServicesAtIncident = "father_substance_misuse_services_at_incident";
    public const string FatherSubstanceMisuseServicesHistory = "father_substance_misuse_services_history";
    public const string FatherOtherHealthServicesAtIncident = "father_other_health_services_at_incident";
    public const string FatherOtherHealthServicesHistory = "father_other_health_services_history";

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
        ColumnDefinition.MultiCoded<HealthNeed>(HealthNeeds, "Disability, chronic illness, complex health needs (item 2); none and no_information stand alone."),
        ColumnDefinition.Coded<RecordedContact>(AdmissionsRecent, false, "Hospital admissions up to 10 years before the incident (item 3a)."),
        ColumnDefinition.Coded<EarlierContact>(AdmissionsEarlier, false, "Hospital admissions more than 10 years before the incident (item 3b); child_under_10 only under 120 months."),
        ColumnDefinition.Coded<RecordedContact>(AeRecent, false, "A&E attendances up to 10 years before the incident (item 4a)."),
        ColumnDefinition.Coded<EarlierContact>(AeEarlier, false, "A&E attendances more than 10 years before the incident (item 4b); child_under_10 only under 120 months."),
        ColumnDefinition.Coded<FamilyGpRegistration>(FamilyGpRegistration, false, "The family's GP registration over the last 5 years (item 6)."),
        ColumnDefinition.Coded<AppointmentAttendance>(SpecialistAppointments, false, "Specialist health appointments, such as audiology or SLT (item 7c)."),
        ColumnDefinition.MultiCoded<UrgentCareService>(UrgentCare, "NHS Direct, walk-in clinic, ambulance within a month of the incident (item 8); none and no_information stand alone."),
        ColumnDefinition.Coded<ServiceContact>(HvContactChild, false, "Health visitor's open case for the index child at the incident (item 9)."),
        ColumnDefinition.Coded<SiblingContact>(HvContactOtherChild, false, "Health visitor's contact with another child of the family at the incident (item 10)."),
        ColumnDefinition.Coded<MidwifeContact>(MidwifeContactChild, false, "Midwife's open case for the index child at the incident (item 11)."),
        ColumnDefinition.Coded<SiblingContact>(MidwifeContactOtherChild, false, "Midwife's contact with another child of the family at the incident (item 12)."),
        ColumnDefinition.Coded<ServiceContact>(SchoolNurse, false, "School nurse, in the 10 years before the incident (item 13)."),
        ColumnDefinition.Coded<RecordedContact>(CommunityPaediatrician, false, "Community paediatrician, in the 10 years before the incident (item 13)."),
        ColumnDefinition.Coded<ServiceContact>(Salt, false, "Speech and language therapy, in the 10 years before the incident (item 13)."),
        ColumnDefinition.Coded<ServiceContact>(Camhs, false, "Child and adolescent mental health services, in the 10 years before the incident (item 13)."),
        ColumnDefinition.Coded<ServiceContact>(Dat, false, "Drug action team, in the 10 years before the incident (item 13)."),
        ColumnDefinition.Coded<RecordedContact>(OtherSpecialist, false, "Other specialist health care, in the 10 years before the incident (item 13)."),
        ColumnDefinition.Coded<ParentServiceUse>(MotherMentalHealthCareAtIncident, false, "Mother's mental health care, primary or specialist: at the incident (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(MotherMentalHealthCareHistory, false, "Mother's mental health care, primary or specialist: a history of it (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(MotherPrimaryCareAtIncident, false, "Mother's primary care for physical health: at the incident (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(MotherPrimaryCareHistory, false, "Mother's primary care for physical health: a history of it (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(MotherSubstanceMisuseServicesAtIncident, false, "Mother's substance misuse services: at the incident (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(MotherSubstanceMisuseServicesHistory, false, "Mother's substance misuse services: a history of it (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(MotherOtherHealthServicesAtIncident, false, "Mother's other health services: at the incident (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(MotherOtherHealthServicesHistory, false, "Mother's other health services: a history of it (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(FatherMentalHealthCareAtIncident, false, "Father's mental health care, primary or specialist: at the incident (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(FatherMentalHealthCareHistory, false, "Father's mental health care, primary or specialist: a history of it (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(FatherPrimaryCareAtIncident, false, "Father's primary care for physical health: at the incident (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(FatherPrimaryCareHistory, false, "Father's primary care for physical health: a history of it (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(FatherSubstanceMisuseServicesAtIncident, false, "Father's substance misuse services: at the incident (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(FatherSubstanceMisuseServicesHistory, false, "Father's substance misuse services: a history of it (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(FatherOtherHealthServicesAtIncident, false, "Father's other health services: at the incident (parents' markers)."),
        ColumnDefinition.Coded<ParentServiceUse>(FatherOtherHealthServicesHistory, false, "Father's other health services: a history of it (parents' markers)."),
    ];
}
