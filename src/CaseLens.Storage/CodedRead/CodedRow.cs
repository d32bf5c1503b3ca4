using System.Runtime.CompilerServices;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Storage.CodedRead;

/// <summary>
/// The counted fields of one row as an engine's coded reader finds them: codes as their ordinal in
/// <see cref="StoredCodes"/> (-1 for NULL), code sets as their bits. One place turns them into
/// <see cref="NotificationCodes"/> for both engines.
/// </summary>
internal static class CodedRow
{
    /// <summary>The codes of a row; an ordinal of -1 is a NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#pragma warning disable S107 // One argument per counted field: the readers pass them from locals, with no record between.
    public static NotificationCodes Codes(
        DateOnly incidentDate, int region, int notificationType, int scrStatus, int exclusion, int? ageMonths, int gender, int ethnicity, int? siblings,
        int birthOrder, int protectionPlan, ulong protectionPlanCategories, int siblingProtectionPlan, ulong siblingProtectionPlanCategories,
        int legalStatus, int livingSituation, int disability, int incidentType, int criminalProceedings, int harmType, bool? headInjury,
        int deathCategory, ulong parentFactors, ulong childFactors, ulong caseFactors, DateOnly? scrDecisionDate, DateOnly? scrCompletedDate) =>
#pragma warning restore S107
        new()
        {
            IncidentDate = incidentDate,
            Region = As<Region>(region),
            NotificationType = As<NotificationType>(notificationType),
            ScrStatus = As<ScrStatus>(scrStatus) ?? throw Missing("scr_status"),
            Exclusion = As<Exclusion>(exclusion),
            AgeMonths = ageMonths,
            Gender = As<Gender>(gender),
            Ethnicity = As<Ethnicity>(ethnicity),
            Siblings = siblings,
            BirthOrder = As<BirthOrder>(birthOrder),
            ProtectionPlan = As<ProtectionPlan>(protectionPlan),
            ProtectionPlanCategories = CodeSet<AbuseCategory>.FromBits(protectionPlanCategories),
            SiblingProtectionPlan = As<SiblingProtectionPlan>(siblingProtectionPlan),
            SiblingProtectionPlanCategories = CodeSet<AbuseCategory>.FromBits(siblingProtectionPlanCategories),
            LegalStatus = As<LegalStatus>(legalStatus),
            LivingSituation = As<LivingSituation>(livingSituation),
            Disability = As<Disability>(disability),
            IncidentType = As<IncidentType>(incidentType),
            CriminalProceedings = As<CriminalProceedings>(criminalProceedings),
            HarmType = As<HarmType>(harmType),
            HeadInjury = headInjury,
            DeathCategory = As<DeathCategory>(deathCategory),
            ParentFactors = CodeSet<ParentFactor>.FromBits(parentFactors),
            ChildFactors = CodeSet<ChildFactor>.FromBits(childFactors),
            CaseFactors = CodeSet<CaseFactor>.FromBits(caseFactors),
            ScrDecisionDate = scrDecisionDate,
            ScrCompletedDate = scrCompletedDate,
        };

    /// <summary>The error for a NULL in a column every notification has.</summary>
    public static InvalidDataException Missing(string column) => new($"The store holds NULL in {column}, which every notification has.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T? As<T>(int ordinal)
        where T : struct, Enum =>
        ordinal < 0 ? null : Unsafe.As<int, T>(ref ordinal);
}
