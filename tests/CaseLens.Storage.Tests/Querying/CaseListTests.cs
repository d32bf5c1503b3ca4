using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Auditing;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Records;

namespace CaseLens.Storage.Tests.Querying;

/// <summary>
/// The case list's query: boards of a scope, the criteria reports lack, words of the outline found
/// by the full-text index (kept in step on import, edit and delete), order and paging.
/// </summary>
public sealed class CaseListTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private static Notification Case(string id, string board, string? outline, int? months = null) =>
        new NotificationBuilder().WithId(id).With(n => n with { Board = board, CaseOutline = outline, AgeMonths = months }).Build();

    private static async Task<IReadOnlyList<string>> IdsAsync(CaseStore store, CaseListQuery query) =>
        [.. (await new NotificationRepository(store).ListAsync(query)).Rows.Select(r => r.CaseId)];

    [Theory, OnSqlite, OnPostgres]
    public async Task Words_of_the_outline_are_found_stemmed_and_all_of_them_must_be_there(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([
            Case("C1", "Board A", "The baby suffered head injuries after a fall."),
            Case("C2", "Board A", "Neglect over many months; a head injury was missed."),
            Case("C3", "Board B", "Nothing of that kind."),
            Case("C4", "Board B", null),
        ]);

        (await IdsAsync(store, new CaseListQuery { Words = "injury" })).ShouldBe(["C1", "C2"]);
        (await IdsAsync(store, new CaseListQuery { Words = "head  neglect" })).ShouldBe(["C2"]);
        // Quotes, stars and brackets typed are words, never query syntax.
        (await IdsAsync(store, new CaseListQuery { Words = "\"head* (injury" })).ShouldBe(["C1", "C2"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_search_follows_an_edit_and_a_delete_of_the_outline(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([Case("C1", "Board A", "a drowning in the bath"), Case("C2", "Board A", "a drowning at sea")]);
        var repository = new NotificationRepository(store);

        var replaced = await repository.ReplaceAsync(Case("C1", "Board A", "a scald in the kitchen"), _ => true, "editor");
        await store.DeleteNotificationAsync("C2", "editor");

        replaced.Outcome.ShouldBe(ReplacementOutcome.Replaced);
        (await IdsAsync(store, new CaseListQuery { Words = "drowning" })).ShouldBeEmpty();
        (await IdsAsync(store, new CaseListQuery { Words = "scald" })).ShouldBe(["C1"]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Boards_age_group_order_and_paging_are_applied_by_the_database(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([
            Case("C1", "Board A", null, months: 5),
            Case("C2", "Board B", null, months: 30),
            Case("C3", "Board A", null, months: 8),
            Case("C4", "Board C", null, months: 2),
        ]);

        (await IdsAsync(store, new CaseListQuery { Boards = new HashSet<string> { "Board A", "Board C" } })).ShouldBe(["C1", "C3", "C4"]);
        (await IdsAsync(store, new CaseListQuery { Boards = new HashSet<string>() })).ShouldBeEmpty();
        (await IdsAsync(store, new CaseListQuery { AgeGroup = AgeGroup.Under1, Sort = CaseSort.Age, Descending = true })).ShouldBe(["C3", "C1", "C4"]);
        var page = await new NotificationRepository(store).ListAsync(new CaseListQuery { Offset = 2, Limit = 1 });
        page.Total.ShouldBe(4);
        page.Rows.Single().CaseId.ShouldBe("C3");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_replacement_of_a_record_changed_meanwhile_writes_nothing(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([Case("C1", "Board A", "first words")]);
        var repository = new NotificationRepository(store);

        var stale = await repository.ReplaceAsync(Case("C1", "Board A", "second words"), _ => false, "editor");
        var missing = await repository.ReplaceAsync(Case("C9", "Board A", "words"), _ => true, "editor");

        stale.Outcome.ShouldBe(ReplacementOutcome.Stale);
        stale.Stored!.CaseOutline.ShouldBe("first words");
        missing.Outcome.ShouldBe(ReplacementOutcome.Missing);
        (await store.FindNotificationAsync("C1"))!.CaseOutline.ShouldBe("first words");
        (await store.ListAuditEntriesAsync("C1")).ShouldNotContain(e => e.Action == AuditAction.Update);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_replacement_and_a_view_are_audited_by_who_and_when(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync([Case("C1", "Board A", "first words")]);

        await new NotificationRepository(store).ReplaceAsync(Case("C1", "Board A", "second words"), _ => true, "editor");
        await new AuditTrail(store).RecordViewAsync(AuditedEntity.Notification, "C1", "reader-of-c1");

        var entries = await store.ListAuditEntriesAsync("C1");
        var update = entries.Single(e => e.Action == AuditAction.Update);
        update.Actor.ShouldBe("editor");
        update.Before!.ShouldContain("first words");
        update.After!.ShouldContain("second words");
        var view = entries.Single(e => e.Action == AuditAction.View);
        view.Actor.ShouldBe("reader-of-c1");
        view.Before.ShouldBeNull();
        view.After.ShouldBeNull();
    }
}
