using System.Reflection;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;
using CaseLens.Domain.Synthesis;
using Microsoft.Data.Sqlite;

namespace CaseLens.Storage.Tests.Records;

/// <summary>
/// <see cref="CaseStore.ReadCodedNotificationsAsync(NotificationFilter?, CancellationToken)"/> gives
/// what the records in memory give: the same counted fields, case by case in case-id order, and the
/// same digest of the whole records.
/// </summary>
public sealed class CodedReadTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private const string AwkwardBoard = "Bōard | of; Saint-Étienne\nnext line 🙂";

    private static readonly PropertyInfo[] CodeProperties = typeof(NotificationCodes).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>Synthetic cases and hand-made ones whose text could shift a field if written carelessly.</summary>
    private static readonly Notification[] Records =
    [
        .. SyntheticNotifications.Generate(300, seed: 7),
        FullRecords.Notification("A-full"),
        FullRecords.SparseNotification("A-sparse"),
        FullRecords.Notification("A-awkward") with { Board = AwkwardBoard, CaseOutline = "|;|\n\r\n-|0:|" },
        FullRecords.Notification("A-empty-text") with { Board = string.Empty, CaseOutline = string.Empty },
        FullRecords.SparseNotification("é-sparse") with { Board = AwkwardBoard, Region = Region.East, IncidentType = IncidentType.SeriousInjury },
        FullRecords.Notification("Z-emoji-🙂") with { CaseOutline = "🙂🙂 ünïcödé 中文", AgeMonths = 0, Siblings = 0, Twin = true, HeadInjury = false },
    ];

    public static TheoryData<string, NotificationFilter> Filters => new()
    {
        { "study year", new NotificationFilter { StudyYear = new StudyYear(2005) } },
        { "from", new NotificationFilter { From = new DateOnly(2006, 1, 1) } },
        { "to", new NotificationFilter { To = new DateOnly(2005, 12, 31) } },
        { "region", new NotificationFilter { Region = Region.East } },
        { "board", new NotificationFilter { Board = Records[0].Board } },
        { "awkward board", new NotificationFilter { Board = AwkwardBoard } },
        { "incident type", new NotificationFilter { IncidentType = IncidentType.SeriousInjury } },
        { "scr status", new NotificationFilter { ScrStatus = ScrStatus.Yes } },
        { "combined", new NotificationFilter { StudyYear = new StudyYear(2006), IncidentType = IncidentType.Death, ScrStatus = ScrStatus.Yes } },
    };

    [Theory, OnSqlite, OnPostgres]
    public async Task A_coded_read_gives_the_codes_and_digest_of_the_records(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync(Records);

        var coded = await store.ReadCodedNotificationsAsync(null);

        ShouldMatch(coded, Records, NotificationFilter.None);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_parallel_coded_read_joins_its_ranges_in_case_id_order(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync(Records);

        var coded = await store.ReadCodedNotificationsAsync(null, minRowsForParallelRead: 1, CancellationToken.None);

        ShouldMatch(coded, Records, NotificationFilter.None);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_selects_on_sqlite_what_it_matches_in_memory(string name, NotificationFilter filter) =>
        await AssertFilterAsync(DatabaseProvider.Sqlite, name, filter);

    [PostgresTheory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_selects_on_postgres_what_it_matches_in_memory(string name, NotificationFilter filter) =>
        await AssertFilterAsync(DatabaseProvider.Postgres, name, filter);

    [Theory, OnSqlite, OnPostgres]
    public async Task An_empty_store_gives_no_cases_and_the_digest_of_nothing(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);

        var coded = await store.ReadCodedNotificationsAsync(null, minRowsForParallelRead: 1, CancellationToken.None);

        coded.Count.ShouldBe(0);
        coded.Digest.ToArray().ShouldBe(DataSetHash.NotificationDigest([]));
    }

    [Fact]
    public async Task A_stored_value_that_is_not_a_code_is_reported_by_a_coded_read()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);
        await store.ImportAsync([FullRecords.Notification("A")]);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("UPDATE notifications SET harm_type = 'atlantis'", connection);
            await command.ExecuteNonQueryAsync();
        }

        var error = await Should.ThrowAsync<InvalidDataException>(() => store.ReadCodedNotificationsAsync(null));

        error.Message.ShouldContain("atlantis");
    }

    [Fact]
    public async Task A_code_set_or_date_stored_in_another_spelling_reads_as_the_record_path_reads_it()
    {
        var path = databases.NewSqliteFile();
        await using var store = await CaseStore.OpenAsync(path);
        await store.ImportAsync([FullRecords.Notification("A")]);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("UPDATE notifications SET cp_categories = ' physical ;neglect;', notification_date = '2005-6-5'", connection);
            await command.ExecuteNonQueryAsync();
        }

        var records = await store.StreamNotificationsAsync().ToListAsync();
        records[0].NotificationDate.ShouldBe(new DateOnly(2005, 6, 5));
        var coded = await store.ReadCodedNotificationsAsync(null);

        ShouldMatch(coded, records, NotificationFilter.None);
    }

    private async Task AssertFilterAsync(DatabaseProvider provider, string name, NotificationFilter filter)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync(Records);
        Records.Count(filter.Matches).ShouldBeGreaterThan(0, $"{name}: the data should have cases to select");
        Records.Count(filter.Matches).ShouldBeLessThan(Records.Length, $"{name}: the data should have cases to leave out");

        var coded = await store.ReadCodedNotificationsAsync(filter, minRowsForParallelRead: 1, CancellationToken.None);

        coded.Scope.ShouldBe(filter);
        ShouldMatch(coded, Records, filter);
    }

    private static void ShouldMatch(CodedNotifications coded, IReadOnlyList<Notification> records, NotificationFilter filter)
    {
        var selected = records.Where(filter.Matches).OrderBy(n => n.CaseId, StringComparer.Ordinal).ToList();
        var expected = CodedNotifications.Of(selected, filter);
        coded.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var property in CodeProperties)
            {
                property.GetValue(coded.Cases[i]).ShouldBe(property.GetValue(expected.Cases[i]), $"{selected[i].CaseId}: {property.Name}");
            }
        }

        coded.Digest.ToArray().ShouldBe(DataSetHash.NotificationDigest(records.Where(filter.Matches)));
        coded.Digest.ToArray().ShouldBe(expected.Digest.ToArray());
    }
}
