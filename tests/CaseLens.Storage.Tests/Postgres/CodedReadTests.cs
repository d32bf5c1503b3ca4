using System.Reflection;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using Npgsql;

namespace CaseLens.Storage.Tests.Postgres;

/// <summary>
/// PostgreSQL's coded read (its own reader, no records) gives what the record path gives for the
/// same store: the records it streams, coded by <see cref="CodedNotifications.Of"/>, case by case and
/// digest for digest, whatever the filter; and it reads stored text the way the record path does.
/// </summary>
public sealed class CodedReadTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private const string Board = "Bōard | of; Saint-Étienne";

    private static readonly PropertyInfo[] CodeProperties = typeof(NotificationCodes).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static readonly Notification[] Records =
    [
        .. SyntheticNotifications.Generate(3000, seed: 2009),
        FullRecords.Notification("A-full") with { Board = Board, CaseOutline = "ünïcödé | 中文 🙂 |;|\n-|0:|" },
        FullRecords.SparseNotification("A-sparse") with { Board = Board },
        FullRecords.SparseNotification("é-sparse"),
        FullRecords.Notification("Z-empty-text") with { Board = string.Empty, CaseOutline = string.Empty, AgeMonths = 0, Siblings = 0, Twin = false },
    ];

    public static TheoryData<string, NotificationFilter> Filters => new()
    {
        { "none", NotificationFilter.None },
        { "board", new NotificationFilter { Board = Board } },
        { "period", new NotificationFilter { From = new DateOnly(2005, 4, 1), To = new DateOnly(2006, 9, 30) } },
        { "study year and status", new NotificationFilter { StudyYear = new StudyYear(2006), ScrStatus = ScrStatus.Yes } },
    };

    [PostgresTheory]
    [MemberData(nameof(Filters))]
    public async Task The_coded_read_gives_the_codes_and_digest_of_the_streamed_records(string name, NotificationFilter filter)
    {
        await using var store = await databases.OpenEmptyAsync(DatabaseProvider.Postgres);
        await store.ImportAsync(Records);
        var records = await store.StreamNotificationsAsync(filter).ToListAsync();
        records.Count.ShouldBeGreaterThan(0, $"{name}: the filter should select cases");

        var coded = await store.ReadCodedNotificationsAsync(filter);

        ShouldMatch(coded, CodedNotifications.Of(records, filter));
    }

    [PostgresFact]
    public async Task A_stored_value_that_is_not_a_code_is_reported()
    {
        var location = await databases.EmptyLocationAsync(DatabaseProvider.Postgres);
        await using var store = await CaseStore.OpenAsync(location);
        await store.ImportAsync([FullRecords.Notification("A")]);
        await ExecuteAsync(location, "UPDATE notifications SET harm_type = 'atlantis'");

        var error = await Should.ThrowAsync<InvalidDataException>(() => store.ReadCodedNotificationsAsync(null));

        error.Message.ShouldContain("atlantis");
    }

    [PostgresFact]
    public async Task A_long_code_set_stored_in_another_spelling_reads_as_the_record_path_reads_it()
    {
        var location = await databases.EmptyLocationAsync(DatabaseProvider.Postgres);
        await using var store = await CaseStore.OpenAsync(location);
        await store.ImportAsync([FullRecords.Notification("A")]);
        // Long, and not the store's own form: left to the converter, as the record path does.
        await ExecuteAsync(location, "UPDATE notifications SET cp_categories = repeat(' ', 300) || 'physical ;neglect;'");
        var records = await store.StreamNotificationsAsync().ToListAsync();
        records[0].ProtectionPlanCategories.Count.ShouldBe(2);

        var coded = await store.ReadCodedNotificationsAsync(null);

        ShouldMatch(coded, CodedNotifications.Of(records, NotificationFilter.None));
    }

    private static async Task ExecuteAsync(string location, string sql)
    {
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void ShouldMatch(CodedNotifications coded, CodedNotifications expected)
    {
        coded.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var property in CodeProperties)
            {
                property.GetValue(coded.Cases[i]).ShouldBe(property.GetValue(expected.Cases[i]), $"case {i}: {property.Name}");
            }
        }

        coded.Digest.ToArray().ShouldBe(expected.Digest.ToArray());
    }
}
