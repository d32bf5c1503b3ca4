using System.Text.Json;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Domain.Synthesis;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Tables;

/// <summary>
/// The tables of coded notifications, made as a store makes them (filter first, then code the
/// cases in case-id order), are the tables of the records.
/// </summary>
public class CodedTablesTests
{
    private static readonly NotificationFilter[] Scopes =
    [
        NotificationFilter.None,
        new() { StudyYear = new StudyYear(2006) },
        new() { IncidentType = IncidentType.Death, Region = Region.London },
        new() { ScrStatus = ScrStatus.Yes, From = new DateOnly(2005, 9, 1), To = new DateOnly(2006, 10, 31) },
    ];

    private static readonly Lazy<Notification[]> Synthetic = new(() => [.. SyntheticNotifications.Generate(20_000, 17)]);

    public static TheoryData<int> ScopeIndexes() => [.. Enumerable.Range(0, Scopes.Length)];

    /// <summary>What a store hands over: the cases in scope, coded in case-id order, with their digest.</summary>
    private static CodedNotifications AsStore(IEnumerable<Notification> records, NotificationFilter scope)
    {
        var inScope = records.Where(scope.Matches).OrderBy(n => n.CaseId, StringComparer.Ordinal).ToArray();
        return new CodedNotifications(scope, [.. inScope.Select(NotificationCodes.Of)], DataSetHash.NotificationDigest(inScope));
    }

    private static string Json(IReadOnlyList<ReportTable> tables) => JsonSerializer.Serialize(tables);

    [Theory]
    [MemberData(nameof(ScopeIndexes))]
    public void The_sample_gives_the_same_tables_from_codes_as_from_records(int scope)
    {
        var options = SampleTables.Options with { Filter = Scopes[scope] };

        var fromCodes = NotificationTables.Build(AsStore(SampleTables.Notifications, options.Filter), options);
        var fromRecords = NotificationTables.Build(SampleTables.Notifications, options);

        Json(fromCodes).ShouldBe(Json(fromRecords));
    }

    [Theory]
    [MemberData(nameof(ScopeIndexes))]
    public void Synthetic_cases_give_the_same_tables_from_codes_as_from_records(int scope)
    {
        var options = new TableOptions { PeriodLabel = "P", Filter = Scopes[scope] };

        var fromCodes = NotificationTables.Build(AsStore(Synthetic.Value, options.Filter), options);
        var fromRecords = NotificationTables.Build(Synthetic.Value, options);

        Json(fromCodes).ShouldBe(Json(fromRecords));
    }

    [Fact]
    public void A_filtered_scope_counts_only_its_cases_of_known_age_in_table_2()
    {
        var scope = Scopes[2];
        var options = new TableOptions { PeriodLabel = "P", Filter = scope };
        var expected = Synthetic.Value.Count(n => TableBases.IsScrCase(n) && n.AgeMonths is not null && scope.Matches(n));

        var t2 = NotificationTables.Build(AsStore(Synthetic.Value, scope), options).Single(t => t.Id == "T2");

        expected.ShouldBeGreaterThan(0);
        t2.Columns[0].N.ShouldBe(expected);
    }

    [Fact]
    public void Codes_chosen_by_another_filter_are_refused()
    {
        var coded = CodedNotifications.Of(SampleTables.Notifications, NotificationFilter.None);
        var options = SampleTables.Options with { Filter = new NotificationFilter { StudyYear = new StudyYear(2005) } };

        Should.Throw<ArgumentException>(() => NotificationTables.Build(coded, options));
    }

    [Fact]
    public void Codes_chosen_by_an_equal_filter_are_accepted()
    {
        var coded = CodedNotifications.Of(SampleTables.Notifications, new NotificationFilter { StudyYear = new StudyYear(2005) });
        var options = SampleTables.Options with { Filter = new NotificationFilter { StudyYear = new StudyYear(2005) } };

        Json(NotificationTables.Build(coded, options)).ShouldBe(Json(NotificationTables.Build(SampleTables.Notifications, options)));
    }
}
