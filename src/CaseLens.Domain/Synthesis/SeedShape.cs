using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Synthesis;

/// <summary>
/// The distributions the synthesiser draws from, rounded from the seed's 477 notifications of
/// 2005-07 (a null value is "not known"). Conditional shapes (status given the notification type,
/// harm given the age) keep the synthetic tables from looking uniform.
/// </summary>
internal static class SeedShape
{
    public static readonly DateOnly FirstIncident = new(2005, 4, 1);
    public const int IncidentDays = 730;

    public static readonly Weighted<Region> Region = new(
        (Notifications.Region.SouthEast, 77), (Notifications.Region.London, 71), (Notifications.Region.NorthWest, 68),
        (Notifications.Region.East, 52), (Notifications.Region.WestMidlands, 50), (Notifications.Region.YorkshireHumber, 48),
        (Notifications.Region.SouthWest, 47), (Notifications.Region.EastMidlands, 40), (Notifications.Region.NorthEast, 24));

    public static readonly Weighted<NotificationType?> NotificationType = new(
        (Notifications.NotificationType.ScrPossible, 156), (Notifications.NotificationType.ScrConfirmed, 142),
        (Notifications.NotificationType.LacDeath, 125), (Notifications.NotificationType.SeriousHarm, 54), (null, 5));

    public static Weighted<ScrStatus> StatusFor(NotificationType? type) => type switch
    {
        Notifications.NotificationType.ScrConfirmed => ConfirmedStatus,
        Notifications.NotificationType.LacDeath => LacDeathStatus,
        Notifications.NotificationType.SeriousHarm => SeriousHarmStatus,
        _ => PossibleStatus,
    };

    private static readonly Weighted<ScrStatus> ConfirmedStatus = new((ScrStatus.Yes, 92), (ScrStatus.Undetermined, 5), (ScrStatus.No, 3));
    private static readonly Weighted<ScrStatus> PossibleStatus = new((ScrStatus.Yes, 35), (ScrStatus.No, 45), (ScrStatus.Undetermined, 20));
    private static readonly Weighted<ScrStatus> LacDeathStatus = new((ScrStatus.Yes, 8), (ScrStatus.No, 87), (ScrStatus.Undetermined, 5));
    private static readonly Weighted<ScrStatus> SeriousHarmStatus = new((ScrStatus.Yes, 45), (ScrStatus.No, 40), (ScrStatus.Undetermined, 15));

    /// <summary>Age in months by age group: under 1, 1-5, 6-10, 11-15, 16-17 (first and last month).</summary>
    public static readonly Weighted<(int First, int Last)> AgeBand = new(
        ((0, 11), 177), ((12, 71), 96), ((72, 131), 51), ((132, 191), 75), ((192, 215), 77));

    /// <summary>Within the first year, the youngest months are the most common.</summary>
    public static readonly Weighted<int> InfantMonth = new(
        (0, 20), (1, 14), (2, 12), (3, 10), (4, 8), (5, 7), (6, 6), (7, 6), (8, 5), (9, 5), (10, 4), (11, 3));

    public static readonly Weighted<Gender?> Gender = new((Notifications.Gender.Male, 260), (Notifications.Gender.Female, 216), (null, 1));

    public static readonly Weighted<Ethnicity?> Ethnicity = new(
        (Notifications.Ethnicity.White, 321), (Notifications.Ethnicity.Mixed, 49), (null, 45),
        (Notifications.Ethnicity.Black, 31), (Notifications.Ethnicity.Asian, 17), (Notifications.Ethnicity.Other, 14));

    public static readonly Weighted<int> Siblings = new(
        (0, 42), (1, 56), (2, 47), (3, 23), (4, 11), (5, 3), (6, 2), (7, 2), (8, 2));

    /// <summary>Birth order of a child with two or more siblings (not a twin).</summary>
    public static readonly Weighted<BirthOrder> OrderAmongSeveral = new(
        (BirthOrder.Oldest, 25), (BirthOrder.Youngest, 45), (BirthOrder.Middle, 30));

    public static readonly Weighted<ProtectionPlan> Plan = new(
        (ProtectionPlan.No, 133), (ProtectionPlan.Current, 30), (ProtectionPlan.Past, 22), (ProtectionPlan.Unclear, 4));

    public static readonly Weighted<SiblingProtectionPlan?> SiblingPlan = new(
        (SiblingProtectionPlan.No, 82), (SiblingProtectionPlan.Current, 27), (SiblingProtectionPlan.Past, 25),
        (SiblingProtectionPlan.Unclear, 7), (null, 5));

    public static readonly Weighted<AbuseCategory> PlanCategory = new(
        (AbuseCategory.Neglect, 50), (AbuseCategory.Physical, 20), (AbuseCategory.Sexual, 15), (AbuseCategory.Emotional, 15));

    public static readonly Weighted<LegalStatus?> LegalStatus = new(
        (null, 224), (Notifications.LegalStatus.None, 120), (Notifications.LegalStatus.CareOrder, 68),
        (Notifications.LegalStatus.Section20, 33), (Notifications.LegalStatus.PostIncident, 22), (Notifications.LegalStatus.Other, 10));

    public static readonly Weighted<LivingSituation?> LivingSituation = new(
        (null, 201), (Notifications.LivingSituation.Home, 157), (Notifications.LivingSituation.FosterCare, 54),
        (Notifications.LivingSituation.HospitalOrResidential, 35), (Notifications.LivingSituation.Other, 11),
        (Notifications.LivingSituation.Relatives, 10), (Notifications.LivingSituation.SemiIndependent, 7),
        (Notifications.LivingSituation.NotYetKnown, 2));

    public static readonly Weighted<Disability?> Disability = new(
        (null, 279), (Notifications.Disability.No, 178), (Notifications.Disability.Yes, 14), (Notifications.Disability.CausedByIncident, 6));

    public static readonly Weighted<CscInvolvement?> KnownToCsc = new(
        (null, 210), (CscInvolvement.Current, 182), (CscInvolvement.No, 50), (CscInvolvement.Past, 35));

    public static readonly Weighted<CriminalProceedings?> CriminalProceedings = new(
        (null, 308), (Notifications.CriminalProceedings.Yes, 63), (Notifications.CriminalProceedings.Possible, 63),
        (Notifications.CriminalProceedings.No, 43));

    public static Weighted<HarmType> HarmFor(int ageMonths) => ageMonths switch
    {
        < 12 => InfantHarm,
        < 72 => PreSchoolHarm,
        < 132 => MiddleChildhoodHarm,
        < 192 => TeenHarm,
        _ => OlderTeenHarm,
    };

    private static readonly Weighted<HarmType> InfantHarm = new(
        (HarmType.PhysicalAssault, 40), (HarmType.SuddenInfantDeath, 10), (HarmType.Overlaying, 12),
        (HarmType.Neglect, 15), (HarmType.Poisoning, 3), (HarmType.Other, 20));

    private static readonly Weighted<HarmType> PreSchoolHarm = new(
        (HarmType.PhysicalAssault, 35), (HarmType.Neglect, 30), (HarmType.Poisoning, 10),
        (HarmType.SexualAbuse, 5), (HarmType.Other, 20));

    private static readonly Weighted<HarmType> MiddleChildhoodHarm = new(
        (HarmType.PhysicalAssault, 30), (HarmType.Neglect, 25), (HarmType.SexualAbuse, 20), (HarmType.Other, 25));

    private static readonly Weighted<HarmType> TeenHarm = new(
        (HarmType.Suicide, 30), (HarmType.SexualAbuse, 20), (HarmType.PhysicalAssault, 20),
        (HarmType.GoneMissing, 5), (HarmType.Neglect, 10), (HarmType.Other, 15));

    private static readonly Weighted<HarmType> OlderTeenHarm = new(
        (HarmType.Suicide, 35), (HarmType.PhysicalAssault, 25), (HarmType.Poisoning, 10),
        (HarmType.GoneMissing, 5), (HarmType.Other, 25));

    public static readonly Weighted<DeathCategory> DeathCategory = new(
        (Notifications.DeathCategory.E, 37), (Notifications.DeathCategory.B, 24), (Notifications.DeathCategory.G, 23),
        (Notifications.DeathCategory.F, 20), (Notifications.DeathCategory.D, 10), (Notifications.DeathCategory.A, 5),
        (Notifications.DeathCategory.E1, 3), (Notifications.DeathCategory.B1, 3), (Notifications.DeathCategory.C, 2),
        (Notifications.DeathCategory.A1, 2), (Notifications.DeathCategory.D1, 1), (Notifications.DeathCategory.C1, 1));

    public static readonly (ParentFactor Factor, double Probability)[] ParentFactors =
    [
        (ParentFactor.DomesticViolence, 0.45), (ParentFactor.ParentMentalHealth, 0.33), (ParentFactor.ParentDrugMisuse, 0.25),
        (ParentFactor.ParentAlcoholMisuse, 0.18), (ParentFactor.TeenagePregnancy, 0.1), (ParentFactor.ParentCareLeaver, 0.03),
        (ParentFactor.ParentInCare, 0.01),
    ];

    public static readonly (ChildFactor Factor, double Probability)[] ChildFactors =
    [
        (ChildFactor.MoreThanOneChildAbused, 0.7), (ChildFactor.SeriousIllness, 0.25), (ChildFactor.ChildMentalHealth, 0.12),
        (ChildFactor.ChildSubstanceMisuse, 0.15),
    ];

    public static readonly (DelayReason Reason, double Probability)[] DelayReasons =
    [
        (DelayReason.ImrDelay, 0.45), (DelayReason.ChairOrAuthor, 0.06), (DelayReason.Complexity, 0.05),
        (DelayReason.CriminalProceedings, 0.22), (DelayReason.CareProceedings, 0.15), (DelayReason.Inquest, 0.08),
        (DelayReason.ParallelInvestigation, 0.08), (DelayReason.CapacityOrSickness, 0.06),
        (DelayReason.AmendmentsOrRescoping, 0.1), (DelayReason.Other, 0.05),
    ];

    public static readonly string[] OutlineOpenings =
    [
        "Synthetic record.", "Synthetic case for testing.", "Generated example, not a real child.",
    ];

    public static readonly string[] OutlinePhrases =
    [
        "Agencies had limited contact with the family.", "Concerns had been raised by the school.",
        "The family had moved between authorities.", "Health visitor contact was infrequent.",
        "Police attended a domestic incident earlier in the year.", "The child was admitted to hospital.",
        "A referral to children's social care was not followed up.", "Relatives expressed concern about care.",
    ];
}
