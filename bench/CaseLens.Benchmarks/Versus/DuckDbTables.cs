using System.Diagnostics;
using CaseLens.Benchmarks.Quick;
using DuckDB.NET.Data;

namespace CaseLens.Benchmarks.Versus;

/// <summary>
/// The peer of <c>caselens report --notifications</c>: DuckDB, in-process, loads the same CSV into an
/// in-memory table (its own type detection, no validation) and runs one GROUP BY per table, like the
/// report's tables (T1–T21, F3, F7, A0–A5), reading every result row. Runs in a child process of its
/// own so that its peak memory is comparable with the CaseLens process.
/// </summary>
internal static class DuckDbTables
{
    // SCR cases (review yes, no exclusion) with the age group of the tables.
    private const string ScrView = """
        CREATE VIEW scr AS SELECT *,
          CASE WHEN age_months IS NULL THEN 'unknown' WHEN age_months < 1 THEN 'under_28_days' WHEN age_months < 12 THEN 'under_1'
               WHEN age_months < 60 THEN '1_to_5' WHEN age_months < 132 THEN '6_to_10' ELSE '11_plus' END AS age_group
        FROM n WHERE scr_status = 'yes' AND exclusion IS NULL
        """;

    private const string CountedView = """
        CREATE VIEW counted AS SELECT *,
          CASE WHEN age_months IS NULL THEN 'unknown' WHEN age_months < 12 THEN 'under_1' WHEN age_months < 60 THEN '1_to_5' ELSE 'older' END AS age_group
        FROM n WHERE exclusion IS NULL OR exclusion = 'lac_accident_or_natural_causes'
        """;

    /// <summary>One query a table (or two for a two-way table), as the report counts them.</summary>
    public static readonly string[] Queries =
    [
        "SELECT year(incident_date - INTERVAL 3 MONTH) AS study_year, age_group, count(*) FROM scr GROUP BY ALL",
        "SELECT age_group, count(*) FROM scr GROUP BY ALL",
        "SELECT least(age_months // 12, 9), count(*) FROM scr GROUP BY ALL",
        "SELECT gender, age_group, count(*) FROM scr GROUP BY ALL",
        "SELECT ethnicity, count(*) FROM scr GROUP BY ALL",
        "SELECT least(siblings, 5), count(*) FROM scr GROUP BY ALL",
        "SELECT birth_order, count(*) FROM scr GROUP BY ALL",
        "SELECT cp_plan, count(*) FROM scr GROUP BY ALL",
        "SELECT c, count(*) FROM (SELECT unnest(string_split(cp_categories, ';')) AS c FROM scr WHERE cp_plan IN ('current', 'past')) GROUP BY ALL",
        "SELECT sibling_cp_plan, count(*) FROM scr GROUP BY ALL",
        "SELECT c, count(*) FROM (SELECT unnest(string_split(sibling_cp_categories, ';')) AS c FROM scr) GROUP BY ALL",
        "SELECT legal_status, count(*) FROM scr GROUP BY ALL",
        "SELECT living_situation, count(*) FROM scr GROUP BY ALL",
        "SELECT disability, count(*) FROM scr GROUP BY ALL",
        "SELECT incident_type, count(*) FROM scr GROUP BY ALL",
        "SELECT incident_type, age_group, count(*) FROM scr GROUP BY ALL",
        "SELECT criminal_proceedings, count(*) FROM scr GROUP BY ALL",
        "SELECT harm_type, count(*), count(*) FILTER (WHERE head_injury = 'yes' AND age_group IN ('under_28_days', 'under_1')) FROM scr GROUP BY ALL",
        "SELECT death_category, count(*) FROM scr WHERE incident_type = 'death' GROUP BY ALL",
        "SELECT death_category, harm_type, age_group, count(*) FROM scr WHERE incident_type = 'death' GROUP BY ALL",
        "SELECT f, count(*) FROM (SELECT unnest(string_split(parent_factors, ';')) AS f FROM scr) GROUP BY ALL",
        "SELECT f, count(*) FROM (SELECT unnest(string_split(child_factors, ';')) AS f FROM scr) GROUP BY ALL",
        "SELECT f, count(*) FROM (SELECT unnest(string_split(case_factors, ';')) AS f FROM scr) GROUP BY ALL",
        """
        SELECT incident_type,
          median(scr_decision_date - incident_date), min(scr_decision_date - incident_date), max(scr_decision_date - incident_date),
          median(scr_completed_date - scr_decision_date), min(scr_completed_date - scr_decision_date), max(scr_completed_date - scr_decision_date)
        FROM scr WHERE scr_decision_date IS NOT NULL GROUP BY ALL
        """,
        "SELECT notification_type, scr_status, count(*) FROM counted GROUP BY ALL",
        "SELECT year(incident_date), quarter(incident_date), scr_status, count(*) FROM counted GROUP BY ALL",
        "SELECT scr_status, age_group, count(*) FROM counted WHERE scr_status IN ('yes', 'no') AND exclusion IS NULL GROUP BY ALL",
        "SELECT scr_status, gender, count(*) FROM counted WHERE scr_status IN ('yes', 'no') AND exclusion IS NULL GROUP BY ALL",
        "SELECT scr_status, incident_type, count(*) FROM counted WHERE scr_status IN ('yes', 'no') AND exclusion IS NULL GROUP BY ALL",
        "SELECT scr_status, ethnicity, count(*) FROM counted WHERE scr_status IN ('yes', 'no') AND exclusion IS NULL GROUP BY ALL",
    ];

    /// <summary>In the child: loads <paramref name="file"/>, runs every query and prints a RESULT line.</summary>
    public static int Run(string file)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, $"CREATE TABLE n AS SELECT * FROM read_csv('{file.Replace("'", "''", StringComparison.Ordinal)}', header = true)");
        var loadSeconds = clock.Elapsed.TotalSeconds;
        Execute(connection, ScrView);
        Execute(connection, CountedView);
        var cells = 0L;
        foreach (var query in Queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cells += reader.FieldCount;
            }
        }

        ChildMeasurement.Report(
            "duckdb",
            ("seconds", clock.Elapsed.TotalSeconds),
            ("load_seconds", loadSeconds),
            ("queries", Queries.Length),
            ("cells", cells),
            ("peak_bytes", PeakMemory.Bytes()));
        return 0;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
