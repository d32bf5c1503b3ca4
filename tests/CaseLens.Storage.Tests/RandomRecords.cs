using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CsCheck;

namespace CaseLens.Storage.Tests;

/// <summary>Generated notifications: any mix of known and unknown fields, and awkward text.</summary>
internal static class RandomRecords
{
    /// <summary>Batches of notifications with distinct case ids.</summary>
    public static Gen<Notification[]> Notifications { get; } = Batches(1, 30);

    /// <summary>Batches of <paramref name="min"/> to <paramref name="max"/> notifications with distinct case ids.</summary>
    public static Gen<Notification[]> Batches(int min, int max) =>
        Gen.Int.Select(seed => One(new Random(seed))).Array[min, max].Select(batch =>
            batch.Select((n, i) => n with { CaseId = $"R{i:D3}" }).ToArray());

    private static Notification One(Random random)
    {
        var incident = new DateOnly(2000, 1, 1).AddDays(random.Next(0, 9000));
        return new Notification
        {
            CaseId = "R",
            IncidentDate = incident,
            NotificationDate = Maybe(random, () => incident.AddDays(random.Next(0, 400))),
            Region = Code<Region>(random),
            Board = random.Next(3) == 0 ? null : Text(random, 100),
            NotificationType = Code<NotificationType>(random),
            ScrStatus = Codes<ScrStatus>.All[random.Next(Codes<ScrStatus>.All.Count)],
            Exclusion = Code<Exclusion>(random),
            AgeMonths = Maybe(random, () => random.Next(0, 216)),
            Gender = Code<Gender>(random),
            Ethnicity = Code<Ethnicity>(random),
            Siblings = Maybe(random, () => random.Next(0, 12)),
            Twin = Maybe(random, () => random.Next(2) == 0),
            BirthOrder = Code<BirthOrder>(random),
            ProtectionPlan = Code<ProtectionPlan>(random),
            ProtectionPlanCategories = Set<AbuseCategory>(random),
            SiblingProtectionPlan = Code<SiblingProtectionPlan>(random),
            SiblingProtectionPlanCategories = Set<AbuseCategory>(random),
            LegalStatus = Code<LegalStatus>(random),
            LivingSituation = Code<LivingSituation>(random),
            Disability = Code<Disability>(random),
            KnownToCsc = Code<CscInvolvement>(random),
            IncidentType = Code<IncidentType>(random),
            CriminalProceedings = Code<CriminalProceedings>(random),
            HarmType = Code<HarmType>(random),
            HeadInjury = Maybe(random, () => random.Next(2) == 0),
            DeathCategory = Code<DeathCategory>(random),
            ParentFactors = Set<ParentFactor>(random),
            ChildFactors = Set<ChildFactor>(random),
            CaseFactors = Set<CaseFactor>(random),
            ScrDecisionDate = Maybe(random, () => incident.AddDays(random.Next(0, 400))),
            ScrCompletedDate = Maybe(random, () => incident.AddDays(random.Next(400, 900))),
            DelayReasons = Set<DelayReason>(random),
            CaseOutline = random.Next(3) == 0 ? null : Text(random, 2000),
        };
    }

    private static T? Maybe<T>(Random random, Func<T> value)
        where T : struct => random.Next(3) == 0 ? null : value();

    private static T? Code<T>(Random random)
        where T : struct, Enum => random.Next(3) == 0 ? null : Codes<T>.All[random.Next(Codes<T>.All.Count)];

    private static CodeSet<T> Set<T>(Random random)
        where T : struct, Enum => CodeSet<T>.Of(Codes<T>.All.Where(_ => random.Next(3) == 0));

    /// <summary>Any Unicode text except NUL (which PostgreSQL's text type cannot hold): scripts, emoji, line breaks, quotes, leading '='.</summary>
    private static string Text(Random random, int maxLength)
    {
        string[] pieces = ["=", "+", "-", "@", "\n", "\r\n", "\t", "\"", "'", ";", ",", "\\", " ", "é", "ß", "中", "ع", "🙂", "\u00a0", "\u200b", "\u0001"];
        var builder = new StringBuilder();
        var length = random.Next(0, Math.Min(maxLength, 60));
        while (builder.Length < length)
        {
            builder.Append(random.Next(3) == 0 ? pieces[random.Next(pieces.Length)] : ((char)random.Next('!', '~')).ToString());
        }

        return builder.Length > maxLength ? builder.ToString(0, maxLength - 2) : builder.ToString();
    }
}
