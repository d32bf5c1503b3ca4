using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.Cli.Importing;

/// <summary>
/// A compact binary form of checked notifications, written by the import's whole-file check and read
/// back by the stored pass, so the file is parsed once and the stored pass imports exactly what was
/// checked. Private to one import (a temporary file deleted on close); not an interchange format.
/// Codes are written as their ordinal + 1 (0 = not known), dates as day numbers, code sets as bits.
/// </summary>
internal static class NotificationSpill
{
    public static void Write(BinaryWriter w, Notification n)
    {
        w.Write(n.CaseId);
        w.Write(n.IncidentDate.DayNumber);
        Date(w, n.NotificationDate);
        Code(w, n.Region);
        Text(w, n.Board);
        Code(w, n.NotificationType);
        Code(w, (ScrStatus?)n.ScrStatus);
        Code(w, n.Exclusion);
        Number(w, n.AgeMonths);
        Code(w, n.Gender);
        Code(w, n.Ethnicity);
        Number(w, n.Siblings);
        Flag(w, n.Twin);
        Code(w, n.BirthOrder);
        Code(w, n.ProtectionPlan);
        w.Write(n.ProtectionPlanCategories.Bits);
        Code(w, n.SiblingProtectionPlan);
        w.Write(n.SiblingProtectionPlanCategories.Bits);
        Code(w, n.LegalStatus);
        Code(w, n.LivingSituation);
        Code(w, n.Disability);
        Code(w, n.KnownToCsc);
        Code(w, n.IncidentType);
        Code(w, n.CriminalProceedings);
        Code(w, n.HarmType);
        Flag(w, n.HeadInjury);
        Code(w, n.DeathCategory);
        w.Write(n.ParentFactors.Bits);
        w.Write(n.ChildFactors.Bits);
        w.Write(n.CaseFactors.Bits);
        Date(w, n.ScrDecisionDate);
        Date(w, n.ScrCompletedDate);
        w.Write(n.DelayReasons.Bits);
        Text(w, n.CaseOutline);
    }

    public static Notification Read(BinaryReader r) => new()
    {
        CaseId = r.ReadString(),
        IncidentDate = DateOnly.FromDayNumber(r.ReadInt32()),
        NotificationDate = Date(r),
        Region = Code<Region>(r),
        Board = Text(r),
        NotificationType = Code<NotificationType>(r),
        ScrStatus = Code<ScrStatus>(r) ?? throw new InvalidDataException("A spilled notification has no review status."),
        Exclusion = Code<Exclusion>(r),
        AgeMonths = Number(r),
        Gender = Code<Gender>(r),
        Ethnicity = Code<Ethnicity>(r),
        Siblings = Number(r),
        Twin = Flag(r),
        BirthOrder = Code<BirthOrder>(r),
        ProtectionPlan = Code<ProtectionPlan>(r),
        ProtectionPlanCategories = CodeSet<AbuseCategory>.FromBits(r.ReadUInt64()),
        SiblingProtectionPlan = Code<SiblingProtectionPlan>(r),
        SiblingProtectionPlanCategories = CodeSet<AbuseCategory>.FromBits(r.ReadUInt64()),
        LegalStatus = Code<LegalStatus>(r),
        LivingSituation = Code<LivingSituation>(r),
        Disability = Code<Disability>(r),
        KnownToCsc = Code<CscInvolvement>(r),
        IncidentType = Code<IncidentType>(r),
        CriminalProceedings = Code<CriminalProceedings>(r),
        HarmType = Code<HarmType>(r),
        HeadInjury = Flag(r),
        DeathCategory = Code<DeathCategory>(r),
        ParentFactors = CodeSet<ParentFactor>.FromBits(r.ReadUInt64()),
        ChildFactors = CodeSet<ChildFactor>.FromBits(r.ReadUInt64()),
        CaseFactors = CodeSet<CaseFactor>.FromBits(r.ReadUInt64()),
        ScrDecisionDate = Date(r),
        ScrCompletedDate = Date(r),
        DelayReasons = CodeSet<DelayReason>.FromBits(r.ReadUInt64()),
        CaseOutline = Text(r),
    };

    private static void Code<T>(BinaryWriter w, T? value)
        where T : struct, Enum => w.Write((byte)(value is { } v ? Codes<T>.Ordinal(v) + 1 : 0));

    private static T? Code<T>(BinaryReader r)
        where T : struct, Enum => r.ReadByte() is var b and > 0 ? Codes<T>.All[b - 1] : null;

    private static void Date(BinaryWriter w, DateOnly? value) => w.Write(value?.DayNumber ?? -1);

    private static DateOnly? Date(BinaryReader r) => r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    private static void Number(BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        w.Write(value.GetValueOrDefault());
    }

    private static int? Number(BinaryReader r)
    {
        var known = r.ReadBoolean();
        var value = r.ReadInt32();
        return known ? value : null;
    }

    private static void Flag(BinaryWriter w, bool? value) => w.Write((byte)(value is null ? 0 : value.Value ? 2 : 1));

    private static bool? Flag(BinaryReader r) => r.ReadByte() switch
    {
        0 => null,
        var b => b == 2,
    };

    private static void Text(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? Text(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
