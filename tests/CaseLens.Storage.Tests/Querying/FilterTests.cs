using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Querying;

namespace CaseLens.Storage.Tests.Querying;

public sealed class FilterTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private static readonly Notification[] Cases =
    [
        new NotificationBuilder().WithId("early").On(new DateOnly(2005, 3, 31)).In(Region.London).Died().With(n => n with { Board = "Camden" }),
        new NotificationBuilder().WithId("first").On(new DateOnly(2005, 4, 1)).In(Region.London).Injured().With(n => n with { Board = "camden" }),
        new NotificationBuilder().WithId("middle").On(new DateOnly(2005, 12, 25)).In(Region.East).Died().NotReviewed(),
        new NotificationBuilder().WithId("last").On(new DateOnly(2006, 3, 31)).Injured().Review(ScrStatus.Undetermined),
        new NotificationBuilder().WithId("late").On(new DateOnly(2006, 4, 1)).In(Region.East).Died().With(n => n with { Board = "Camden" }),
    ];

    public static TheoryData<string, NotificationFilter, string[]> Filters => new()
    {
        { "everything", NotificationFilter.None, ["early", "first", "last", "late", "middle"] },
        { "study year 2005-06", new NotificationFilter { StudyYear = new StudyYear(2005) }, ["first", "last", "middle"] },
        { "from, inclusive", new NotificationFilter { From = new DateOnly(2005, 12, 25) }, ["last", "late", "middle"] },
        { "to, inclusive", new NotificationFilter { To = new DateOnly(2005, 4, 1) }, ["early", "first"] },
        { "region", new NotificationFilter { Region = Region.East }, ["late", "middle"] },
        { "board, case-sensitive", new NotificationFilter { Board = "Camden" }, ["early", "late"] },
        { "incident type", new NotificationFilter { IncidentType = IncidentType.Death }, ["early", "late", "middle"] },
        { "scr status", new NotificationFilter { ScrStatus = ScrStatus.Yes }, ["early", "first", "late"] },
        { "conditions combine", new NotificationFilter { StudyYear = new StudyYear(2005), IncidentType = IncidentType.Death }, ["middle"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_select_on_sqlite(string name, NotificationFilter filter, string[] expected) =>
        await AssertSelectsAsync(DatabaseProvider.Sqlite, name, filter, expected);

    [PostgresTheory]
    [MemberData(nameof(Filters))]
    public async Task Filters_select_on_postgres(string name, NotificationFilter filter, string[] expected) =>
        await AssertSelectsAsync(DatabaseProvider.Postgres, name, filter, expected);

    [Theory]
    [MemberData(nameof(Filters))]
    public void Matches_in_memory_selects_what_the_database_selects(string name, NotificationFilter filter, string[] expected) =>
        Cases.Where(filter.Matches).Select(n => n.CaseId).Order(StringComparer.Ordinal).ToArray().ShouldBe(expected, customMessage: name);

    private async Task AssertSelectsAsync(DatabaseProvider provider, string name, NotificationFilter filter, string[] expected)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync(Cases);

        var selected = await store.StreamNotificationsAsync(filter).ToListAsync();

        selected.Select(n => n.CaseId).ShouldBe(expected, customMessage: name);
        (await store.CountNotificationsAsync(filter)).ShouldBe(expected.Length, customMessage: name);
    }
}
