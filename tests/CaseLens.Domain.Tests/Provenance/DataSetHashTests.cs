using System.Security.Cryptography;
using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Domain.Synthesis;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Provenance;

public class DataSetHashTests
{
    private static readonly Dictionary<string, Func<Notification, Notification>> NotificationChanges = new()
    {
        ["case id"] = n => n with { CaseId = n.CaseId + "x" },
        ["incident date"] = n => n with { IncidentDate = n.IncidentDate.AddDays(1) },
        ["notification date"] = n => n with { NotificationDate = new DateOnly(2006, 1, 1) },
        ["region"] = n => n with { Region = n.Region == Region.London ? Region.East : Region.London },
        ["board"] = n => n with { Board = n.Board + "x" },
        ["review status"] = n => n with { ScrStatus = n.ScrStatus == ScrStatus.Yes ? ScrStatus.No : ScrStatus.Yes },
        ["age"] = n => n with { AgeMonths = n.AgeMonths is 0 ? 1 : 0 },
        ["gender"] = n => n with { Gender = n.Gender == Gender.Male ? Gender.Female : Gender.Male },
        ["twin"] = n => n with { Twin = n.Twin != true },
        ["plan categories"] = n => n with { ProtectionPlanCategories = n.ProtectionPlanCategories.Contains(AbuseCategory.Sexual) ? CodeSet<AbuseCategory>.Empty : n.ProtectionPlanCategories.With(AbuseCategory.Sexual) },
        ["known to children's social care"] = n => n with { KnownToCsc = n.KnownToCsc == CscInvolvement.No ? CscInvolvement.Past : CscInvolvement.No },
        ["head injury"] = n => n with { HeadInjury = n.HeadInjury != true },
        ["review completed"] = n => n with { ScrCompletedDate = new DateOnly(2009, 1, 1) },
        ["delay reasons"] = n => n with { DelayReasons = n.DelayReasons.IsEmpty ? CodeSet<DelayReason>.Of(Codes<DelayReason>.All.Take(1)) : CodeSet<DelayReason>.Empty },
        ["outline"] = n => n with { CaseOutline = n.CaseOutline + "." },
    };

    private static readonly Dictionary<string, Func<IntensiveCase, IntensiveCase>> IntensiveChanges = new()
    {
        ["case id"] = c => c with { CaseId = c.CaseId + "x" },
        ["incident type"] = c => c with { IncidentType = c.IncidentType == IncidentType.Death ? IncidentType.SeriousInjury : IncidentType.Death },
        ["household children"] = c => c with { HouseholdChildren = c.HouseholdChildren is 2 ? 3 : 2 },
        ["learning disability"] = c => c with { ParentalLearningDisability = c.ParentalLearningDisability != true },
        ["cooperation"] = c => c with { Cooperation = c.Cooperation == Cooperation.Cooperative ? Cooperation.Low : Cooperation.Cooperative },
    };

    public static TheoryData<string> NotificationFields() => [.. NotificationChanges.Keys];

    public static TheoryData<string> IntensiveFields() => [.. IntensiveChanges.Keys];

    private static Notification[] Notifications() => [.. SyntheticNotifications.Generate(40, 3)];

    private static IntensiveCase[] Intensive() =>
    [
        new IntensiveCaseBuilder().WithId("I2").Aged(4).Build(),
        new IntensiveCaseBuilder().WithId("I1").Died().In(Region.London).Build(),
        new IntensiveCaseBuilder().WithId("I3").At(InterventionLevel.Statutory, Cooperation.Hostile).Build(),
    ];

    [Fact]
    public void The_hash_is_the_same_in_any_order()
    {
        var notifications = Notifications();
        var intensive = Intensive();
        var shuffled = notifications.ToArray();
        new Random(5).Shuffle(shuffled);

        DataSetHash.Of(shuffled, intensive.Reverse()).ShouldBe(DataSetHash.Of(notifications, intensive));
    }

    [Theory]
    [MemberData(nameof(NotificationFields))]
    public void The_hash_changes_when_one_notification_field_changes(string field)
    {
        var notifications = Notifications();
        var changed = notifications.ToArray();
        changed[7] = NotificationChanges[field](changed[7]);

        changed[7].ShouldNotBe(notifications[7]);
        DataSetHash.Of(changed, Intensive()).ShouldNotBe(DataSetHash.Of(notifications, Intensive()));
    }

    [Theory]
    [MemberData(nameof(IntensiveFields))]
    public void The_hash_changes_when_one_intensive_field_changes(string field)
    {
        var intensive = Intensive();
        var changed = intensive.ToArray();
        changed[2] = IntensiveChanges[field](changed[2]);

        changed[2].ShouldNotBe(intensive[2]);
        DataSetHash.Of(Notifications(), changed).ShouldNotBe(DataSetHash.Of(Notifications(), intensive));
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_two_part_digests()
    {
        var notifications = Notifications();
        var intensive = Intensive();
        var n = DataSetHash.NotificationDigest(notifications);
        var i = DataSetHash.IntensiveDigest(intensive);

        var expected = Convert.ToHexStringLower(SHA256.HashData([.. n, .. i]));

        DataSetHash.Combine(n, i).ShouldBe(expected);
        DataSetHash.Of(notifications, intensive).ShouldBe(expected);
    }

    [Fact]
    public void A_part_digest_is_the_sha256_of_the_canonical_lines_in_case_id_order()
    {
        // Enough rows to pass the hashing chunk several times.
        var notifications = SyntheticNotifications.Generate(1500, 11).Reverse().ToArray();
        var text = new StringBuilder();
        foreach (var n in notifications.OrderBy(n => n.CaseId, StringComparer.Ordinal))
        {
            CanonicalText.AppendLine(n, text);
        }

        text.Length.ShouldBeGreaterThan(3 * 64 * 1024);
        DataSetHash.NotificationDigest(notifications).ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [Fact]
    public void Notifications_and_intensive_cases_count_in_different_parts()
    {
        var n = DataSetHash.NotificationDigest(Notifications());
        var i = DataSetHash.IntensiveDigest(Intensive());

        DataSetHash.Combine(i, n).ShouldNotBe(DataSetHash.Combine(n, i));
        DataSetHash.Of(Notifications(), []).ShouldNotBe(DataSetHash.Of(Notifications(), Intensive()));
        DataSetHash.Of([], Intensive()).ShouldNotBe(DataSetHash.Of(Notifications(), Intensive()));
    }

    [Theory]
    [InlineData(31, 32)]
    [InlineData(33, 32)]
    [InlineData(32, 0)]
    [InlineData(32, 64)]
    public void Combine_refuses_parts_that_are_not_sha256_digests(int notificationBytes, int intensiveBytes) =>
        Should.Throw<ArgumentException>(() => DataSetHash.Combine(new byte[notificationBytes], new byte[intensiveBytes]));

    [Fact]
    public void The_digest_of_coded_notifications_is_that_of_the_records_in_scope()
    {
        var notifications = Notifications();
        var scope = new NotificationFilter { IncidentType = IncidentType.Death };

        var coded = CodedNotifications.Of(notifications, scope);

        coded.Count.ShouldBe(notifications.Count(scope.Matches));
        coded.Count.ShouldBeGreaterThan(0);
        coded.Count.ShouldBeLessThan(notifications.Length);
        coded.Digest.ToArray().ShouldBe(DataSetHash.NotificationDigest(notifications.Where(scope.Matches)));
    }

    [Fact]
    public void Coded_notifications_refuse_a_digest_of_the_wrong_length() =>
        Should.Throw<ArgumentException>(() => new CodedNotifications(NotificationFilter.None, [], new byte[16]));
}
