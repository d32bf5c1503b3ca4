using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Interchange.Tests.Csv;

public class RoundTripTests
{
    [Fact]
    public void Sample_notifications_survive_import_export_import()
    {
        using var file = File.OpenRead(SampleData.Notifications);
        var first = NotificationCsv.ReadAll(file, TimeProvider.System).Records;

        var again = ReadBack(first);

        again.ShouldBe(first);
    }

    [Fact]
    public void Sample_intensive_cases_survive_import_export_import()
    {
        using var file = File.OpenRead(SampleData.Intensive);
        var first = IntensiveCsv.ReadAll(file).Records;

        using var buffer = new MemoryStream();
        IntensiveCsv.Write(buffer, first);
        buffer.Position = 0;
        var again = IntensiveCsv.ReadAll(buffer);

        again.Problems.ShouldBeEmpty();
        again.Records.ShouldBe(first);
    }

    [Theory]
    [InlineData("line one\nline two")]
    [InlineData("line one\r\nline two\r\n")]
    [InlineData("she said \"no\", twice")]
    [InlineData("  leading and trailing spaces  ")]
    [InlineData("=HYPERLINK(\"http://example.org\")")]
    [InlineData("+1")]
    [InlineData("@x")]
    [InlineData("ünïcödé — “quotes” 😀")]
    public void Free_text_is_kept_exactly(string text)
    {
        Notification notification = new NotificationBuilder().With(n => n with { CaseOutline = text, Board = text.Length <= 100 ? text : null });

        var again = ReadBack([notification]);

        again.ShouldHaveSingleItem().ShouldBe(notification);
    }

    [Fact]
    public void Every_coded_field_survives_a_round_trip()
    {
        Notification full = new NotificationBuilder()
            .WithId("full-record_1")
            .Aged(14)
            .Died(DeathCategory.B1)
            .In(Region.YorkshireHumber)
            .WithPlan(ProtectionPlan.Past, AbuseCategory.Neglect, AbuseCategory.Physical)
            .Decided(new DateOnly(2005, 7, 1), new DateOnly(2006, 1, 31))
            .With(n => n with
            {
                NotificationDate = new DateOnly(2005, 6, 2),
                NotificationType = NotificationType.ScrConfirmed,
                Exclusion = Exclusion.LacAccidentOrNaturalCauses,
                Siblings = 2,
                Twin = false,
                BirthOrder = BirthOrder.Middle,
                SiblingProtectionPlan = SiblingProtectionPlan.Current,
                SiblingProtectionPlanCategories = CodeSet<AbuseCategory>.Of(AbuseCategory.Emotional),
                LegalStatus = LegalStatus.Section20,
                LivingSituation = LivingSituation.HospitalOrResidential,
                Disability = Disability.CausedByIncident,
                KnownToCsc = CscInvolvement.Past,
                CriminalProceedings = CriminalProceedings.Possible,
                HeadInjury = true,
                ParentFactors = CodeSet<ParentFactor>.Of(ParentFactor.DomesticViolence, ParentFactor.ParentCareLeaver),
                ChildFactors = CodeSet<ChildFactor>.Of(ChildFactor.ChildMentalHealth),
                CaseFactors = CodeSet<CaseFactor>.Of(CaseFactor.ShakenBaby, CaseFactor.RecentNeglect),
                DelayReasons = CodeSet<DelayReason>.Of(DelayReason.Inquest, DelayReason.Other),
            })
            .Of(Gender.Female)
            .Of(Ethnicity.Mixed)
            .Harmed(HarmType.Poisoning, headInjury: true);

        var again = ReadBack([full]);

        again.ShouldHaveSingleItem().ShouldBe(full);
    }

    [Fact]
    public void Written_header_lists_the_columns_in_spec_order()
    {
        using var buffer = new MemoryStream();
        NotificationCsv.Write(buffer, []);

        var text = System.Text.Encoding.UTF8.GetString(buffer.ToArray());

        text.ShouldStartWith("case_id,incident_date,notification_date,region,board,");
        text.TrimEnd().ShouldEndWith("scr_decision_date,scr_completed_date,delay_reasons,case_outline");
    }

    private static IReadOnlyList<Notification> ReadBack(IEnumerable<Notification> records)
    {
        using var buffer = new MemoryStream();
        NotificationCsv.Write(buffer, records);
        buffer.Position = 0;
        var result = NotificationCsv.ReadAll(buffer, TimeProvider.System);
        result.Problems.ShouldBeEmpty();
        return result.Records;
    }
}
