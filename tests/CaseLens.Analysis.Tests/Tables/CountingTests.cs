using CaseLens.Analysis.Tables;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Tables;

/// <summary>Every case in a table's base is counted exactly once: in a row, as not known, or in a note.</summary>
public class CountingTests
{
    private static T? Maybe<T>(Random random)
        where T : struct, Enum
    {
        var all = Codes<T>.All;
        var pick = random.Next(all.Count + 1);
        return pick == all.Count ? null : all[pick];
    }

    private static Notification[] RandomCases(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => new NotificationBuilder()
            .On(new DateOnly(2005, 4, 1).AddDays(random.Next(900)))
            .With(n => n with
            {
                ScrStatus = Codes<ScrStatus>.All[random.Next(3)],
                Exclusion = Maybe<Exclusion>(random),
                AgeMonths = random.Next(5) == 0 ? null : random.Next(216),
                Gender = Maybe<Gender>(random),
                Ethnicity = Maybe<Ethnicity>(random),
                Siblings = random.Next(5) == 0 ? null : random.Next(9),
                BirthOrder = Maybe<BirthOrder>(random),
                ProtectionPlan = Maybe<ProtectionPlan>(random),
                SiblingProtectionPlan = Maybe<SiblingProtectionPlan>(random),
                LegalStatus = Maybe<LegalStatus>(random),
                LivingSituation = Maybe<LivingSituation>(random),
                Disability = Maybe<Disability>(random),
                IncidentType = Codes<IncidentType>.All[random.Next(2)],
                CriminalProceedings = Maybe<CriminalProceedings>(random),
                HarmType = Maybe<HarmType>(random),
            }).Build()).ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Single_response_tables_count_each_scr_case_once(int seed)
    {
        var cases = RandomCases(seed, 500);
        var scrCases = cases.Count(TableBases.IsScrCase);
        var tables = NotificationTables.Build(cases, new TableOptions { PeriodLabel = "P" });

        foreach (var id in new[] { "T2", "F3", "T4", "T5", "T6", "T7", "T9", "T11", "T12", "T14", "T16", "T17" })
        {
            var table = tables.Single(t => t.Id == id);
            var total = table.Column("P").N!.Value + table.NotKnown["P"] + table.Notes.Values.Sum();
            total.ShouldBe(scrCases, id);
            table.Rows.Where(r => !r.IsSubRow).Sum(r => r.Cells["P"].Count!.Value).ShouldBe(table.Column("P").N!.Value, id);
        }

        var t3 = tables.Single(t => t.Id == "T3");
        (t3.Columns.Sum(c => c.N!.Value) + t3.NotKnown.Values.Sum() + t3.Notes["gender_not_known"]).ShouldBe(scrCases);
        var t13 = tables.Single(t => t.Id == "T13");
        (t13.Column("P").N!.Value + t13.NotKnown["P"]).ShouldBe(scrCases);
        var t1 = tables.Single(t => t.Id == "T1");
        (t1.Columns.Sum(c => c.N!.Value) + t1.NotKnown.Values.Sum()).ShouldBe(scrCases);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Tables_of_all_notifications_count_each_notification_once(int seed)
    {
        var cases = RandomCases(seed, 500);
        var counted = cases.Count(TableBases.IsCounted);
        var compared = cases.Count(TableBases.IsInReviewComparison);
        var tables = NotificationTables.Build(cases, new TableOptions());

        var a1 = tables.Single(t => t.Id == "A1");
        a1.Rows.Sum(r => r.Cells["total"].Count!.Value).ShouldBe(counted);
        foreach (var id in new[] { "A2", "A3", "A4", "A5" })
        {
            var table = tables.Single(t => t.Id == id);
            (table.Columns.Sum(c => c.N!.Value) + table.NotKnown.Values.Sum()).ShouldBe(compared, id);
        }
    }
}
