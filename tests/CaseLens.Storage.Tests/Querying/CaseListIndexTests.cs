using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Storage.Model;
using CaseLens.Storage.Querying;
using CaseLens.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CaseLens.Storage.Tests.Querying;

/// <summary>
/// The case list's indexes on PostgreSQL (migration <c>CaseListIndexes_Additive</c>): they are made,
/// the counts a list of a board's cases and a filtered list ask are read from them, and no list's
/// rows or count change with them. Every list is also held to the records it was made from, on both
/// engines.
/// </summary>
public sealed class CaseListIndexTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    private const string BeforeTheIndexes = "20261203143326_CaseSummaries_Additive";

    private static readonly Lazy<Notification[]> Records = new(() => [.. SyntheticNotifications.Generate(3_000, seed: 2009)]);

    [Theory, OnSqlite, OnPostgres]
    public async Task Only_PostgreSQL_has_the_case_list_indexes(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await using var context = store.CreateContext();
        var sql = provider == DatabaseProvider.Postgres
            ? "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'notifications' AND indexname LIKE 'ix_notifications_%' ORDER BY indexname"
            : "SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notifications' AND name LIKE 'ix_notifications_%' ORDER BY name";

        var indexes = await context.Database.SqlQueryRaw<string>(sql).ToListAsync();

        var names = new[] { PostgresCaseListIndexes.Board, PostgresCaseListIndexes.IncidentTypeGenderAge, PostgresCaseListIndexes.RegionAge };
        if (provider == DatabaseProvider.Postgres)
        {
            indexes.ShouldContain("CREATE INDEX ix_notifications_board ON public.notifications USING btree (board, case_id) INCLUDE (incident_date, region, age_months, gender, incident_type, scr_status, exclusion, death_category)");
            indexes.ShouldContain("CREATE INDEX ix_notifications_region_age ON public.notifications USING btree (region, age_months)");
            indexes.ShouldContain("CREATE INDEX ix_notifications_incident_type_gender_age ON public.notifications USING btree (incident_type, gender, age_months)");
        }
        else
        {
            indexes.ShouldNotContain(i => names.Any(i.Contains));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Every_list_holds_the_cases_and_count_its_records_give(DatabaseProvider provider)
    {
        await using var store = await databases.OpenEmptyAsync(provider);
        await store.ImportAsync(Records.Value);
        var repository = new NotificationRepository(store);

        foreach (var (name, query) in Lists(Busiest(2)))
        {
            var page = await repository.ListAsync(query);

            var expected = Expected(query);
            page.Total.ShouldBe(expected.Total, name);
            page.Rows.ShouldBe(expected.Rows, name);
        }
    }

    [PostgresFact]
    public async Task The_lists_rows_and_counts_are_the_same_with_the_indexes_as_without()
    {
        var location = await databases.NewPostgresDatabaseAsync();
        await using var store = await CaseStore.OpenAsync(location);
        await store.ImportAsync(Records.Value);
        await AnalyseAsync(store);
        var repository = new NotificationRepository(store);
        var lists = Lists(Busiest(2)).Concat(Sorted()).ToList();
        var with = new List<CaseListPage>();
        foreach (var (_, query) in lists)
        {
            with.Add(await repository.ListAsync(query));
        }

        await using (var context = store.CreateContext())
        {
            await context.GetService<IMigrator>().MigrateAsync(BeforeTheIndexes);
        }

        await AnalyseAsync(store);
        for (var i = 0; i < lists.Count; i++)
        {
            var without = await repository.ListAsync(lists[i].Query);

            without.Total.ShouldBe(with[i].Total, lists[i].Name);
            without.Rows.ShouldBe(with[i].Rows, lists[i].Name);
        }
    }

    [PostgresFact]
    public async Task A_count_of_a_boards_cases_and_of_a_filtered_list_is_read_from_an_index_alone()
    {
        await using var store = await databases.OpenEmptyAsync(DatabaseProvider.Postgres);
        await store.ImportAsync(Records.Value);
        await AnalyseAsync(store);

        // The statements EF writes for the list's count (CaseListing), as the server's log shows them.
        (await PlanAsync(store, "SELECT count(*)::int FROM notifications AS n WHERE n.board IS NOT NULL AND n.board = ANY (@boards)", Busiest(1)))
            .ShouldContain($"Index Only Scan using {PostgresCaseListIndexes.Board}");
        (await PlanAsync(store, "SELECT count(*)::int FROM notifications AS n WHERE n.region = 'london' AND n.age_months >= 12 AND n.age_months <= 71"))
            .ShouldContain($"Index Only Scan using {PostgresCaseListIndexes.RegionAge}");
        (await PlanAsync(store, "SELECT count(*)::int FROM notifications AS n WHERE n.incident_type = 'serious_injury' AND n.gender = 'female'"))
            .ShouldContain($"Index Only Scan using {PostgresCaseListIndexes.IncidentTypeGenderAge}");
    }

    /// <summary>The boards holding the most records, most first (ties by name).</summary>
    private static string[] Busiest(int count) =>
        [.. Records.Value.Where(r => r.Board is not null).GroupBy(r => r.Board!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count).Select(g => g.Key)];

    /// <summary>
    /// The lists people ask for: every filter of the list alone, the pairs the load test asks, each
    /// for everyone and for a scope of one board, of two and of none, on a first and a later page.
    /// </summary>
    private static IEnumerable<(string Name, CaseListQuery Query)> Lists(string[] boards)
    {
        var criteria = new (string Name, CaseListQuery Query)[]
        {
            ("all", new CaseListQuery()),
            ("region", new CaseListQuery { Filter = new NotificationFilter { Region = Region.London } }),
            ("region and age group", new CaseListQuery { Filter = new NotificationFilter { Region = Region.SouthEast }, AgeGroup = AgeGroup.From1To5 }),
            ("incident type", new CaseListQuery { Filter = new NotificationFilter { IncidentType = IncidentType.SeriousInjury } }),
            ("incident type and gender", new CaseListQuery { Filter = new NotificationFilter { IncidentType = IncidentType.Death }, Gender = Gender.Female }),
            ("incident type and age group", new CaseListQuery { Filter = new NotificationFilter { IncidentType = IncidentType.Death }, AgeGroup = AgeGroup.Under1 }),
            ("gender", new CaseListQuery { Gender = Gender.Male }),
            ("age group", new CaseListQuery { AgeGroup = AgeGroup.From11To15 }),
            ("death category", new CaseListQuery { DeathCategory = DeathCategory.B }),
            ("review status", new CaseListQuery { Filter = new NotificationFilter { ScrStatus = ScrStatus.Yes } }),
            ("study year", new CaseListQuery { Filter = new NotificationFilter { StudyYear = new StudyYear(2007) } }),
            ("board", new CaseListQuery { Filter = new NotificationFilter { Board = boards[1] } }),
        };
        var scopes = new (string Name, IReadOnlySet<string>? Boards)[]
        {
            ("everyone's", null),
            ("one board's", new HashSet<string>(StringComparer.Ordinal) { boards[0] }),
            ("two boards'", new HashSet<string>(StringComparer.Ordinal) { boards[0], boards[1] }),
            ("no board's", new HashSet<string>(StringComparer.Ordinal)),
        };
        foreach (var (criterion, query) in criteria)
        {
            foreach (var (scope, scoped) in scopes)
            {
                yield return ($"{criterion}, {scope}, page 1", query with { Boards = scoped, Limit = 25 });
                yield return ($"{criterion}, {scope}, page 3", query with { Boards = scoped, Offset = 50, Limit = 25 });
            }
        }
    }

    /// <summary>Lists in every order, a board's and everyone's (compared only with themselves: engines order text and nulls their own way).</summary>
    private static IEnumerable<(string Name, CaseListQuery Query)> Sorted()
    {
        foreach (var sort in Enum.GetValues<CaseSort>())
        {
            foreach (var descending in new[] { false, true })
            {
                foreach (var boards in new[] { null, new HashSet<string>(StringComparer.Ordinal) { Busiest(1)[0] } })
                {
                    var query = new CaseListQuery { Sort = sort, Descending = descending, Boards = boards, Offset = 25, Limit = 25 };
                    yield return ($"sorted by {sort}{(descending ? " descending" : string.Empty)}, {(boards is null ? "everyone's" : "one board's")}", query);
                    yield return ($"sorted by {sort}, death, {(boards is null ? "everyone's" : "one board's")}", query with { Filter = new NotificationFilter { IncidentType = IncidentType.Death } });
                }
            }
        }
    }

    /// <summary>What <paramref name="query"/> should give, worked out from the records in memory (case-id order only).</summary>
    private static CaseListPage Expected(CaseListQuery query)
    {
        query.Sort.ShouldBe(CaseSort.CaseId);
        var filter = query.Filter;
        var matching = Records.Value
            .Where(n => filter.StudyYear is not { } year || year.Contains(n.IncidentDate))
            .Where(n => filter.Region is not { } region || n.Region == region)
            .Where(n => filter.Board is not { } board || n.Board == board)
            .Where(n => filter.IncidentType is not { } type || n.IncidentType == type)
            .Where(n => filter.ScrStatus is not { } status || n.ScrStatus == status)
            .Where(n => query.Boards is not { } boards || (n.Board is not null && boards.Contains(n.Board)))
            .Where(n => query.AgeGroup is not { } group || (n.AgeMonths is { } months && Age.GroupOf(months) == group))
            .Where(n => query.Gender is not { } gender || n.Gender == gender)
            .Where(n => query.DeathCategory is not { } category || n.DeathCategory == category)
            .OrderBy(n => n.CaseId, StringComparer.Ordinal)
            .ToList();
        return new CaseListPage(
            matching.Count,
            [.. matching.Skip(query.Offset).Take(query.Limit)
                .Select(n => new CaseListRow(n.CaseId, n.IncidentDate, n.Region, n.Board, n.AgeMonths, n.Gender, n.IncidentType, n.ScrStatus, n.Exclusion, n.DeathCategory))]);
    }

    /// <summary>As after autovacuum: the planner's statistics made and the pages marked all-visible, so index-only scans need not visit the table.</summary>
    private static async Task AnalyseAsync(CaseStore store)
    {
        await using var context = store.CreateContext();
        await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE notifications");
    }

    private static async Task<string> PlanAsync(CaseStore store, string sql, string[]? boards = null)
    {
        await using var connection = new NpgsqlConnection(store.Location.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        if (boards is not null)
        {
            command.Parameters.AddWithValue("boards", boards);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }

        return string.Join('\n', plan);
    }
}
