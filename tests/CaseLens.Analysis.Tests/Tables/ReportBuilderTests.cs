using System.Text.Json;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Tables;

public class ReportBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static ReportBuilder Builder() => new(new FixedClock(Now));

    private static Notification[] Cases() =>
    [
        new NotificationBuilder().WithId("B").Aged(3).Build(),
        new NotificationBuilder().WithId("A").Aged(40).With(n => n with { Board = "x|y", CaseOutline = "text" }).Build(),
        new NotificationBuilder().WithId("C").On(new DateOnly(2006, 5, 1)).Build(),
    ];

    [Fact]
    public void The_report_carries_every_table_and_its_provenance()
    {
        var options = new ReportOptions
        {
            Tables = new TableOptions { PeriodLabel = "2005-07" },
            Version = "1.2.3",
            RecordedOptions = new Dictionary<string, string> { ["suppress_below"] = "6" },
        };

        var report = Builder().Build(Cases(), [new IntensiveCaseBuilder().Build()], options);

        report.Tables.Select(t => t.Id).ShouldBe(TableCatalog.Ids);
        report.Provenance.GeneratedAt.ShouldBe(Now);
        report.Provenance.Version.ShouldBe("1.2.3");
        report.Provenance.PeriodLabel.ShouldBe("2005-07");
        report.Provenance.Options["period"].ShouldBe("2005-07");
        report.Provenance.Options["suppress_below"].ShouldBe("6");
        report.Provenance.DataSetHash.Length.ShouldBe(64);
    }

    [Fact]
    public void Without_an_intensive_sample_there_are_no_sample_tables()
    {
        var report = Builder().Build(Cases(), null, new ReportOptions());

        report.Find("AP2").ShouldBeNull();
        report.Find("T2").ShouldNotBeNull();
    }

    [Fact]
    public void The_data_set_hash_does_not_depend_on_row_order()
    {
        var cases = Cases();

        var forward = Builder().Build(cases, null, new ReportOptions()).Provenance.DataSetHash;
        var backward = Builder().Build(cases.Reverse().ToArray(), null, new ReportOptions()).Provenance.DataSetHash;

        backward.ShouldBe(forward);
    }

    [Fact]
    public void The_data_set_hash_changes_with_any_field()
    {
        var cases = Cases();
        var changed = cases.Select(n => n.CaseId == "A" ? n with { CaseOutline = "text." } : n).ToArray();

        var before = Builder().Build(cases, null, new ReportOptions()).Provenance.DataSetHash;
        var after = Builder().Build(changed, null, new ReportOptions()).Provenance.DataSetHash;

        after.ShouldNotBe(before);
    }

    [Fact]
    public void The_hash_and_filters_cover_only_the_records_in_scope()
    {
        var filtered = new ReportOptions { Tables = new TableOptions { Filter = new NotificationFilter { StudyYear = new StudyYear(2005) } } };
        var inScope = Cases().Where(n => n.CaseId != "C").ToArray();

        var report = Builder().Build(Cases(), null, filtered);

        report.Provenance.DataSetHash.ShouldBe(DataSetHash.Of(inScope, []));
        report.Provenance.Filters.ShouldBe(new Dictionary<string, string> { ["study_year"] = "2005-06" });
    }

    [Fact]
    public void A_report_from_coded_notifications_is_the_report_from_their_records()
    {
        var filter = new NotificationFilter { StudyYear = new StudyYear(2005) };
        var options = new ReportOptions { Tables = new TableOptions { Filter = filter } };
        var inScope = Cases().Where(filter.Matches).ToArray();
        var coded = new CodedNotifications(filter, [.. inScope.Select(NotificationCodes.Of)], DataSetHash.NotificationDigest(inScope));
        IntensiveCase[] intensive = [new IntensiveCaseBuilder().Build()];

        var fromCodes = Builder().Build(coded, intensive, options);
        var fromRecords = Builder().Build(Cases(), intensive, options);

        fromCodes.Provenance.DataSetHash.ShouldBe(fromRecords.Provenance.DataSetHash);
        JsonSerializer.Serialize(fromCodes.Tables).ShouldBe(JsonSerializer.Serialize(fromRecords.Tables));
    }

    [Fact]
    public void The_hash_combines_the_notification_digest_with_the_sample_cases_in_scope()
    {
        var filter = new NotificationFilter { Region = Region.London };
        var options = new ReportOptions { Tables = new TableOptions { Filter = filter } };
        IntensiveCase[] intensive = [new IntensiveCaseBuilder().In(Region.London).Build(), new IntensiveCaseBuilder().In(Region.East).Build()];
        var coded = CodedNotifications.Of(Cases(), filter);

        var report = Builder().Build(coded, intensive, options);

        report.Provenance.DataSetHash.ShouldBe(DataSetHash.Combine(coded.Digest, DataSetHash.IntensiveDigest(intensive.Take(1))));
    }

    [Fact]
    public void Coded_notifications_chosen_by_another_filter_are_refused()
    {
        var coded = CodedNotifications.Of(Cases(), NotificationFilter.None);
        var options = new ReportOptions { Tables = new TableOptions { Filter = new NotificationFilter { Region = Region.London } } };

        Should.Throw<ArgumentException>(() => Builder().Build(coded, null, options));
    }
}
