using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;
using CsCheck;

namespace CaseLens.Interchange.Tests.Csv;

/// <summary>Any notification that keeps the rules survives export and re-import unchanged.</summary>
public class RoundTripPropertyTests
{
    // Quotes, separators, line breaks, spaces at either end, formula starts and non-ASCII text.
    private static readonly Gen<string?> FreeText =
        Gen.String[Gen.Char["aZ9 ,\";\r\n\t=+-@'éü—“”"], 1, 60].Null(0.3);

    private static readonly Gen<Notification> Notifications =
        Gen.Select(Gen.Int[0, int.MaxValue], FreeText, FreeText, Gen.DateOnly[new DateOnly(1990, 1, 1), new DateOnly(2020, 12, 31)])
            .Select((seed, board, outline, incident) => Random(new Random(seed), board, outline, incident));

    [Fact]
    public void Any_valid_notification_survives_csv_export_and_import()
    {
        Notifications.Sample(
            n =>
            {
                NotificationRules.Check(n, new DateLimits(new DateOnly(2030, 1, 1))).ShouldBeEmpty();
                using var buffer = new MemoryStream();
                NotificationCsv.Write(buffer, [n]);
                buffer.Position = 0;
                var back = NotificationCsv.ReadAll(buffer, TimeProvider.System);
                return back.IsValid && back.Records.Single() == n;
            },
            iter: 500);
    }

    private static Notification Random(Random r, string? board, string? outline, DateOnly incident)
    {
        T? Maybe<T>()
            where T : struct, Enum => r.Next(4) == 0 ? null : Codes<T>.All[r.Next(Codes<T>.All.Count)];
        CodeSet<T> Some<T>()
            where T : struct, Enum => CodeSet<T>.Of(Codes<T>.All.Where(_ => r.Next(3) == 0));
        DateOnly? After(DateOnly? date) => date is { } d && r.Next(3) > 0 ? d.AddDays(r.Next(0, 800)) : null;

        var plan = Maybe<ProtectionPlan>();
        var siblingPlan = Maybe<SiblingProtectionPlan>();
        var order = Maybe<BirthOrder>();
        int? siblings = r.Next(3) == 0 ? null : r.Next(0, 6);
        if (siblings == 0)
        {
            order = order is null ? null : BirthOrder.Only;
            siblingPlan = siblingPlan is null ? null : SiblingProtectionPlan.NotApplicable;
        }
        else if (siblings > 0)
        {
            order = order == BirthOrder.Only ? BirthOrder.Oldest : order;
            siblingPlan = siblingPlan == SiblingProtectionPlan.NotApplicable ? SiblingProtectionPlan.No : siblingPlan;
        }

        var status = Codes<ScrStatus>.All[r.Next(3)];
        var type = Maybe<IncidentType>() ?? (status == ScrStatus.Yes ? IncidentType.Death : null);
        var decision = After(incident);
        return new Notification
        {
            CaseId = "N" + r.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            IncidentDate = incident,
            NotificationDate = After(incident),
            Region = Maybe<Region>(),
            Board = board,
            NotificationType = Maybe<NotificationType>(),
            ScrStatus = status,
            Exclusion = Maybe<Exclusion>(),
            AgeMonths = r.Next(4) == 0 ? null : r.Next(0, 216),
            Gender = Maybe<Gender>(),
            Ethnicity = Maybe<Ethnicity>(),
            Siblings = siblings,
            Twin = r.Next(3) switch { 0 => null, 1 => true, _ => false },
            BirthOrder = order,
            ProtectionPlan = plan,
            ProtectionPlanCategories = plan is ProtectionPlan.Current or ProtectionPlan.Past ? Some<AbuseCategory>() : default,
            SiblingProtectionPlan = siblingPlan,
            SiblingProtectionPlanCategories =
                siblingPlan is SiblingProtectionPlan.Current or SiblingProtectionPlan.Past ? Some<AbuseCategory>() : default,
            LegalStatus = Maybe<LegalStatus>(),
            LivingSituation = Maybe<LivingSituation>(),
            Disability = Maybe<Disability>(),
            KnownToCsc = Maybe<CscInvolvement>(),
            IncidentType = type,
            CriminalProceedings = Maybe<CriminalProceedings>(),
            HarmType = Maybe<HarmType>(),
            HeadInjury = r.Next(3) switch { 0 => null, 1 => true, _ => false },
            DeathCategory = type == IncidentType.Death ? Maybe<DeathCategory>() : null,
            ParentFactors = Some<ParentFactor>(),
            ChildFactors = Some<ChildFactor>(),
            CaseFactors = Some<CaseFactor>(),
            ScrDecisionDate = decision,
            ScrCompletedDate = decision is null ? After(incident) : After(decision),
            DelayReasons = Some<DelayReason>(),
            CaseOutline = outline,
        };
    }
}
