using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Intensive;


/// <summary>
/// One case of the intensive sample (layer 3), coded from the overview report and chronology:
/// child and family characteristics (Appendix 2), health markers (Tables A6–A11) and the
/// position on the threshold map (Figure 9). Null means not known.
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
}
