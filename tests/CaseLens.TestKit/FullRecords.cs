using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.TestKit;

/// <summary>Records with every field set, to show nothing is lost on the way through the store.</summary>
public static class FullRecords
{
    public const string Outline = "=SUM(A1)\nLine two — ünïcödé, 中文, emoji 🙂\r\n\"quoted\"; semi;colon, comma\n";

    public static Notification Notification(string caseId) => new()
    {
        CaseId = caseId,
        IncidentDate = new DateOnly(2005, 6, 15),
        NotificationDate = new DateOnly(2005, 6, 20),
        Region = Region.YorkshireHumber,
        Board = "Bōard of Saint-Étienne's",
        NotificationType = NotificationType.ScrConfirmed,
        ScrStatus = ScrStatus.Yes,
        Exclusion = Exclusion.LacAccidentOrNaturalCauses,
        AgeMonths = 215,
        Gender = Gender.Female,
        Ethnicity = Ethnicity.Mixed,
        Siblings = 3,
        Twin = false,
        BirthOrder = BirthOrder.Middle,
        ProtectionPlan = ProtectionPlan.Past,
        ProtectionPlanCategories = CodeSet<AbuseCategory>.Of(AbuseCategory.Neglect, AbuseCategory.Physical),
        SiblingProtectionPlan = SiblingProtectionPlan.Current,
        SiblingProtectionPlanCategories = CodeSet<AbuseCategory>.Of(AbuseCategory.Emotional),
        LegalStatus = LegalStatus.Section20,
        LivingSituation = LivingSituation.HospitalOrResidential,
        Disability = Disability.CausedByIncident,
        KnownToCsc = CscInvolvement.Past,
        IncidentType = IncidentType.Death,
        CriminalProceedings = CriminalProceedings.Possible,
        HarmType = HarmType.SuddenInfantDeath,
        HeadInjury = true,
        DeathCategory = DeathCategory.C1,
        ParentFactors = CodeSet<ParentFactor>.Of(ParentFactor.DomesticViolence, ParentFactor.ParentInCare),
        ChildFactors = CodeSet<ChildFactor>.Of(ChildFactor.ChildSubstanceMisuse),
        CaseFactors = CodeSet<CaseFactor>.Of(CaseFactor.ShakenBaby, CaseFactor.PhysicalAbuse, CaseFactor.EmotionalAbuse),
        ScrDecisionDate = new DateOnly(2005, 7, 1),
        ScrCompletedDate = new DateOnly(2006, 2, 28),
        DelayReasons = CodeSet<DelayReason>.Of(Codes<DelayReason>.All),
        CaseOutline = Outline,
    };

    /// <summary>Only the required fields: every optional one is null or empty.</summary>
    public static Notification SparseNotification(string caseId) => new()
    {
        CaseId = caseId,
        IncidentDate = new DateOnly(2007, 3, 31),
        ScrStatus = ScrStatus.Undetermined,
    };

    public static IntensiveCase IntensiveCase(string caseId) => new()
    {
        CaseId = caseId,
        IncidentType = IncidentType.SeriousInjury,
        Gender = Gender.Male,
        AgeMonths = 0,
        Region = Region.SouthWest,
        HouseholdChildren = 4,
        FrequentMoves = true,
        DomesticViolence = DomesticViolenceHistory.CurrentAndPast,
        MaternalSubstanceMisuse = ParentalDifficulty.PastOnly,
        PaternalSubstanceMisuse = ParentalDifficulty.Current,
        MaternalMentalHealth = ParentalDifficulty.No,
        PaternalMentalHealth = ParentalDifficulty.PastOnly,
        ParentalLearningDisability = false,
        CriminalConvictions = true,
        KnownToCsc = CscInvolvement.Current,
        ProtectionPlan = PlanHistory.Past,
        CourtOrder = CourtOrder.SupervisionOrder,
        Gestation = Gestation.Premature,
        Birth = BirthCircumstance.ConcealedBirth,
        Disability = false,
        HospitalAdmissions = 7,
        AeAttendances = 0,
        AudiologyOphthalmologyNeeds = true,
        SpeechLanguageNeeds = false,
        AntenatalAttendance = AntenatalAttendance.TotallyMissed,
        DevelopmentChecks = DevelopmentChecks.TooYoung,
        GpRegistration = GpRegistration.Lapses,
        InterventionLevel = InterventionLevel.Statutory,
        Cooperation = Cooperation.HighlyCooperative,
        HealthNeeds = CodeSet<HealthNeed>.Of(HealthNeed.Disability, HealthNeed.ComplexHealthNeeds),
        AdmissionsRecent = RecordedContact.Yes,
        AdmissionsEarlier = EarlierContact.ChildUnderTen,
        AeRecent = RecordedContact.NoInformation,
        AeEarlier = EarlierContact.NoInformation,
        FamilyGpRegistration = FamilyGpRegistration.Removed,
        SpecialistAppointments = AppointmentAttendance.MainlyMissed,
        UrgentCare = CodeSet<UrgentCareService>.Of(UrgentCareService.NoInformation),
        HvContactChild = ServiceContact.Yes,
        HvContactOtherChild = SiblingContact.OtherChildrenTooOld,
        MidwifeContactChild = MidwifeContact.TooOld,
        MidwifeContactOtherChild = SiblingContact.NoInformation,
        SchoolNurse = ServiceContact.NotApplicable,
        CommunityPaediatrician = RecordedContact.Yes,
        Salt = ServiceContact.NoInformation,
        Camhs = ServiceContact.NotApplicable,
        Dat = ServiceContact.Yes,
        OtherSpecialist = RecordedContact.NoInformation,
        MotherMentalHealthCareAtIncident = ParentServiceUse.Yes,
        MotherMentalHealthCareHistory = ParentServiceUse.No,
        MotherPrimaryCareAtIncident = ParentServiceUse.NoInformation,
        MotherPrimaryCareHistory = ParentServiceUse.Yes,
        MotherSubstanceMisuseServicesAtIncident = ParentServiceUse.No,
        MotherSubstanceMisuseServicesHistory = ParentServiceUse.NoInformation,
        MotherOtherHealthServicesAtIncident = ParentServiceUse.Yes,
        MotherOtherHealthServicesHistory = ParentServiceUse.Yes,
        FatherMentalHealthCareAtIncident = ParentServiceUse.No,
        FatherMentalHealthCareHistory = ParentServiceUse.No,
        FatherPrimaryCareAtIncident = ParentServiceUse.Yes,
        FatherPrimaryCareHistory = ParentServiceUse.NoInformation,
        FatherSubstanceMisuseServicesAtIncident = ParentServiceUse.NoInformation,
        FatherSubstanceMisuseServicesHistory = ParentServiceUse.Yes,
        FatherOtherHealthServicesAtIncident = ParentServiceUse.No,
        FatherOtherHealthServicesHistory = ParentServiceUse.NoInformation,
    };

    public static IntensiveCase SparseIntensiveCase(string caseId) => new()
    {
        CaseId = caseId,
        IncidentType = IncidentType.Death,
    };
}
