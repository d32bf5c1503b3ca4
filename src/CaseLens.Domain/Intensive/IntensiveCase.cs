using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Intensive;


/// <summary>
/// One case of the intensive sample (layer 3), coded from the overview report and chronology:
/// child and family characteristics (Appendix 2), health markers (Tables A6–A11) and the
/// position on the threshold map (Figure 9), and the health-markers schedule of Appendix 1 for the
/// child and the parents. Null (an empty set for the cells of several codes) means not known, or
/// for a health marker not yet coded: the schedule's "no information" is a code of its own.
/// </summary>
public sealed record IntensiveCase
{
    /// <summary>The case's identifier; may match a notification's.</summary>
    public required string CaseId { get; init; }

    public required IncidentType IncidentType { get; init; }

    public Gender? Gender { get; init; }

    /// <summary>Age at the incident in completed months, 0–215.</summary>
    public int? AgeMonths { get; init; }

    public Region? Region { get; init; }

    /// <summary>Children in the household, 1 or more.</summary>
    public int? HouseholdChildren { get; init; }

    public bool? FrequentMoves { get; init; }

    public DomesticViolenceHistory? DomesticViolence { get; init; }

    public ParentalDifficulty? MaternalSubstanceMisuse { get; init; }

    public ParentalDifficulty? PaternalSubstanceMisuse { get; init; }

    public ParentalDifficulty? MaternalMentalHealth { get; init; }

    public ParentalDifficulty? PaternalMentalHealth { get; init; }

    /// <summary>Learning disability of either parent.</summary>
    public bool? ParentalLearningDisability { get; init; }

    /// <summary>Criminal convictions of either parent or carer.</summary>
    public bool? CriminalConvictions { get; init; }

    public CscInvolvement? KnownToCsc { get; init; }

    public PlanHistory? ProtectionPlan { get; init; }

    public CourtOrder? CourtOrder { get; init; }

    public Gestation? Gestation { get; init; }

    public BirthCircumstance? Birth { get; init; }

    public bool? Disability { get; init; }

    /// <summary>Hospital admissions noted in the overview report (Table A10).</summary>
    public int? HospitalAdmissions { get; init; }

    /// <summary>Accident and emergency attendances noted (Table A11).</summary>
    public int? AeAttendances { get; init; }

    public bool? AudiologyOphthalmologyNeeds { get; init; }

    public bool? SpeechLanguageNeeds { get; init; }

    public AntenatalAttendance? AntenatalAttendance { get; init; }

    public DevelopmentChecks? DevelopmentChecks { get; init; }

    public GpRegistration? GpRegistration { get; init; }

    public InterventionLevel? InterventionLevel { get; init; }

    public Cooperation? Cooperation { get; init; }

    /// <summary>Disability, chronic illness, complex health needs (item 2); none and no_information stand alone.</summary>
    public CodeSet<HealthNeed> HealthNeeds { get; init; }

    /// <summary>Hospital admissions up to 10 years before the incident (item 3a).</summary>
    public RecordedContact? AdmissionsRecent { get; init; }

    /// <summary>Hospital admissions more than 10 years before the incident (item 3b); child_under_10 only under 120 months.</summary>
    public EarlierContact? AdmissionsEarlier { get; init; }

    /// <summary>A&amp;E attendances up to 10 years before the incident (item 4a).</summary>
    public RecordedContact? AeRecent { get; init; }

    /// <summary>A&amp;E attendances more than 10 years before the incident (item 4b); child_under_10 only under 120 months.</summary>
    public EarlierContact? AeEarlier { get; init; }

    /// <summary>The family's GP registration over the last 5 years (item 6).</summary>
    public FamilyGpRegistration? FamilyGpRegistration { get; init; }

    /// <summary>Specialist health appointments, such as audiology or SLT (item 7c).</summary>
    public AppointmentAttendance? SpecialistAppointments { get; init; }

    /// <summary>NHS Direct, walk-in clinic, ambulance within a month of the incident (item 8); none and no_information stand alone.</summary>
    public CodeSet<UrgentCareService> UrgentCare { get; init; }

    /// <summary>Health visitor's open case for the index child at the incident (item 9).</summary>
    public ServiceContact? HvContactChild { get; init; }

    /// <summary>Health visitor's contact with another child of the family at the incident (item 10).</summary>
    public SiblingContact? HvContactOtherChild { get; init; }

    /// <summary>Midwife's open case for the index child at the incident (item 11).</summary>
    public MidwifeContact? MidwifeContactChild { get; init; }

    /// <summary>Midwife's contact with another child of the family at the incident (item 12).</summary>
    public SiblingContact? MidwifeContactOtherChild { get; init; }

    /// <summary>School nurse, in the 10 years before the incident (item 13).</summary>
    public ServiceContact? SchoolNurse { get; init; }

    /// <summary>Community paediatrician, in the 10 years before the incident (item 13).</summary>
    public RecordedContact? CommunityPaediatrician { get; init; }

    /// <summary>Speech and language therapy, in the 10 years before the incident (item 13).</summary>
    public ServiceContact? Salt { get; init; }

    /// <summary>Child and adolescent mental health services, in the 10 years before the incident (item 13).</summary>
    public ServiceContact? Camhs { get; init; }

    /// <summary>Drug action team, in the 10 years before the incident (item 13).</summary>
    public ServiceContact? Dat { get; init; }

    /// <summary>Other specialist health care, in the 10 years before the incident (item 13).</summary>
    public RecordedContact? OtherSpecialist { get; init; }

    /// <summary>Mother's mental health care, primary or specialist: at the incident (parents' markers).</summary>
    public ParentServiceUse? MotherMentalHealthCareAtIncident { get; init; }

    /// <summary>Mother's mental health care, primary or specialist: a history of it (parents' markers).</summary>
    public ParentServiceUse? MotherMentalHealthCareHistory { get; init; }

    /// <summary>Mother's primary care for physical health: at the incident (parents' markers).</summary>
    public ParentServiceUse? MotherPrimaryCareAtIncident { get; init; }

    /// <summary>Mother's primary care for physical health: a history of it (parents' markers).</summary>
    public ParentServiceUse? MotherPrimaryCareHistory { get; init; }

    /// <summary>Mother's substance misuse services: at the incident (parents' markers).</summary>
    public ParentServiceUse? MotherSubstanceMisuseServicesAtIncident { get; init; }

    /// <summary>Mother's substance misuse services: a history of it (parents' markers).</summary>
    public ParentServiceUse? MotherSubstanceMisuseServicesHistory { get; init; }

    /// <summary>Mother's other health services: at the incident (parents' markers).</summary>
    public ParentServiceUse? MotherOtherHealthServicesAtIncident { get; init; }

    /// <summary>Mother's other health services: a history of it (parents' markers).</summary>
    public ParentServiceUse? MotherOtherHealthServicesHistory { get; init; }

    /// <summary>Father's mental health care, primary or specialist: at the incident (parents' markers).</summary>
    public ParentServiceUse? FatherMentalHealthCareAtIncident { get; init; }

    /// <summary>Father's mental health care, primary or specialist: a history of it (parents' markers).</summary>
    public ParentServiceUse? FatherMentalHealthCareHistory { get; init; }

    /// <summary>Father's primary care for physical health: at the incident (parents' markers).</summary>
    public ParentServiceUse? FatherPrimaryCareAtIncident { get; init; }

    /// <summary>Father's primary care for physical health: a history of it (parents' markers).</summary>
    public ParentServiceUse? FatherPrimaryCareHistory { get; init; }

    /// <summary>Father's substance misuse services: at the incident (parents' markers).</summary>
    public ParentServiceUse? FatherSubstanceMisuseServicesAtIncident { get; init; }

    /// <summary>Father's substance misuse services: a history of it (parents' markers).</summary>
    public ParentServiceUse? FatherSubstanceMisuseServicesHistory { get; init; }

    /// <summary>Father's other health services: at the incident (parents' markers).</summary>
    public ParentServiceUse? FatherOtherHealthServicesAtIncident { get; init; }

    /// <summary>Father's other health services: a history of it (parents' markers).</summary>
    public ParentServiceUse? FatherOtherHealthServicesHistory { get; init; }
}
