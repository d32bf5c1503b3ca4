using CaseLens.Domain.Problems;
using CaseLens.Storage.Opening;

namespace CaseLens.Storage.Tests.Opening;

/// <summary>
/// Only <see cref="StoreUse.Create"/> makes or migrates a store; reading and writing take the store as
/// they find it, refuse what is not a CaseLens store of this version, and change nothing.
/// </summary>
public sealed class StoreOpeningTests
{
    private const string FromTheFuture = "29990101000000_FromTheFuture";
    private const string ReadableFromTheFuture = "29990101000000_AddReviewNote" + SchemaCompatibility.ReadableMarker;

    [Theory, OnSqlite, OnPostgres]
    public async Task A_missing_store_is_refused_for_reading_and_writing_and_nothing_is_created(DatabaseProvider provider)
    {
        await using var database = new FreshDatabase(provider);

        var read = await OpenAsync(database, StoreUse.Read);
        var write = await OpenAsync(database, StoreUse.Write);

        Refusal(read).ShouldBe((ProblemKind.NotFound, "store.missing"));
        Refusal(write).ShouldBe((ProblemKind.NotFound, "store.missing"));
        read.Problems[0].Message.ShouldContain("caselens store init");
        (await database.ExistsAsync()).ShouldBeFalse();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task An_empty_file_or_database_is_refused_for_reading_and_left_empty(DatabaseProvider provider)
    {
        await using var database = new FreshDatabase(provider);
        await database.CreateAsync();
        var before = await database.SnapshotAsync();

        var read = await OpenAsync(database, StoreUse.Read);

        Refusal(read).ShouldBe((ProblemKind.Invalid, "store.empty"));
        (await database.SnapshotAsync()).ShouldBe(before);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Another_programs_database_is_refused_for_every_use_and_left_as_it_was(DatabaseProvider provider)
    {
        await using var database = new FreshDatabase(provider);
        await database.CreateAsync("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)");
        var before = await database.SnapshotAsync();

        foreach (var use in new[] { StoreUse.Read, StoreUse.Write, StoreUse.Create() })
        {
            var opened = await OpenAsync(database, use);

            Refusal(opened).ShouldBe((ProblemKind.Invalid, "store.foreign"), use.Kind.ToString());
            opened.Problems[0].Message.ShouldContain("is not a CaseLens store");
        }

        (await database.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_and_left_as_it_was()
    {
        await using var database = new FreshDatabase(DatabaseProvider.Sqlite);
        await File.WriteAllTextAsync(database.Location, "case_id,board\nN1,Somewhere\n");

        var read = await OpenAsync(database, StoreUse.Read);
        var create = await OpenAsync(database, StoreUse.Create());

        Refusal(read).ShouldBe((ProblemKind.Invalid, "store.foreign"));
        Refusal(create).ShouldBe((ProblemKind.Invalid, "store.foreign"));
        read.Problems[0].Message.ShouldContain("not a SQLite database");
        (await File.ReadAllTextAsync(database.Location)).ShouldBe("case_id,board\nN1,Somewhere\n");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Creating_makes_a_missing_or_empty_store_and_then_finds_it_up_to_date(DatabaseProvider provider)
    {
        await using var missing = new FreshDatabase(provider);
        await using var empty = new FreshDatabase(provider);
        await empty.CreateAsync();

        var made = await OpenAsync(missing, StoreUse.Create());
        var filled = await OpenAsync(empty, StoreUse.Create());
        var again = await OpenAsync(missing, StoreUse.Create());

        (made.Value.Created, made.Value.Applied.Count > 0).ShouldBe((true, true));
        filled.Value.Created.ShouldBeFalse();
        filled.Value.Applied.ShouldBe(made.Value.Applied);
        (again.Value.Created, again.Value.Applied.Count).ShouldBe((false, 0));
        (await (await OpenAsync(missing, StoreUse.Read)).Value.Store.CountNotificationsAsync()).ShouldBe(0);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_store_a_newer_version_migrated_is_neither_read_nor_written(DatabaseProvider provider)
    {
        await using var database = await NewerStoreAsync(provider, FromTheFuture);

        foreach (var use in new[] { StoreUse.Read, StoreUse.Write, StoreUse.Create() })
        {
            var opened = await OpenAsync(database, use);

            Refusal(opened).ShouldBe((ProblemKind.Conflict, "store.newer"), use.Kind.ToString());
            opened.Problems[0].Message.ShouldContain(FromTheFuture);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_store_whose_newer_migrations_are_marked_readable_is_read_but_not_written(DatabaseProvider provider)
    {
        await using var database = await NewerStoreAsync(provider, ReadableFromTheFuture);

        var read = await OpenAsync(database, StoreUse.Read);
        var write = await OpenAsync(database, StoreUse.Write);
        var create = await OpenAsync(database, StoreUse.Create());

        read.Succeeded.ShouldBeTrue();
        (await read.Value.Store.FindNotificationAsync("N1")).ShouldBe(FullRecords.Notification("N1"));
        Refusal(write).ShouldBe((ProblemKind.Conflict, "store.newer"));
        Refusal(create).ShouldBe((ProblemKind.Conflict, "store.newer"));
    }

    [Fact]
    public void A_store_an_older_version_made_is_migrated_only_by_creating()
    {
        var location = StoreLocation.Parse("older.db");
        var applied = CaseLens.Storage.Model.MigrationHistory.KnownIds(typeof(CaseLens.Storage.Model.SqliteCaseStoreContext))[0];
        var older = StoreInspection.Of(location, [applied], 3, [applied, "20990101000000_Next"]);

        StorePolicy.Refusal(location, older, StoreUse.Read)!.Problems[0].Code.ShouldBe("store.outdated");
        StorePolicy.Refusal(location, older, StoreUse.Write)!.Problems[0].Code.ShouldBe("store.outdated");
        StorePolicy.Refusal(location, older, StoreUse.Create()).ShouldBeNull();
    }

    private static async Task<Result<OpenedStore>> OpenAsync(FreshDatabase database, StoreUse use) =>
        await StoreOpening.OpenAsync(StoreLocation.Parse(database.Location), use);

    private static (ProblemKind?, string?) Refusal<T>(Result<T> result) => (result.Kind, result.Problems.FirstOrDefault()?.Code);

    /// <summary>A store holding N1 whose history also names <paramref name="migration"/>, as a later CaseLens would leave it.</summary>
    private static async Task<FreshDatabase> NewerStoreAsync(DatabaseProvider provider, string migration)
    {
        var database = new FreshDatabase(provider);
        await using (var store = await CaseStore.OpenAsync(database.Location))
        {
            await store.ImportAsync([FullRecords.Notification("N1")]);
        }

        await database.ExecuteAsync($"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{migration}', '99.0.0')");
        return database;
    }
}
