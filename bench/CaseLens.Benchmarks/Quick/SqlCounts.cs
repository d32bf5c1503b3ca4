using Microsoft.Data.Sqlite;

namespace CaseLens.Benchmarks.Quick;

/// <summary>
/// Counts of SCR cases (review status yes, no exclusion) by plain SQL GROUP BY over the store's
/// notifications table, keyed as the report keys its cells: (table id, row key, column key).
/// </summary>
internal sealed record SqlCounts(int ScrCases, IReadOnlyDictionary<(string Table, string Row, string Column), int> Cells)
{
    private const string Scr = "scr_status = 'yes' AND exclusion IS NULL";

    private const string AgeGroup =
        "CASE WHEN age_months < 12 THEN 'under_1' WHEN age_months < 72 THEN '1_5' WHEN age_months < 132 THEN '6_10' " +
        "WHEN age_months < 192 THEN '11_15' ELSE '16_17' END";

    public static SqlCounts Read(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var cells = new Dictionary<(string, string, string), int>();
        var scr = Scalar(connection, $"SELECT count(*) FROM notifications WHERE {Scr}");

        Group(connection, cells, "T2", $"SELECT {AgeGroup}, 'bench', count(*) FROM notifications WHERE {Scr} AND age_months IS NOT NULL GROUP BY 1");
        Group(connection, cells, "T3", $"SELECT {AgeGroup}, gender, count(*) FROM notifications WHERE {Scr} AND age_months IS NOT NULL AND gender IS NOT NULL GROUP BY 1, 2");
        Group(connection, cells, "T14", $"SELECT incident_type, 'bench', count(*) FROM notifications WHERE {Scr} AND incident_type IS NOT NULL GROUP BY 1");
        Group(connection, cells, "T17", $"SELECT harm_type, 'bench', count(*) FROM notifications WHERE {Scr} AND harm_type IS NOT NULL GROUP BY 1");
        cells[("T17", "head_injury_under_1", "bench")] = Scalar(
            connection, $"SELECT count(*) FROM notifications WHERE {Scr} AND harm_type = 'physical_assault' AND head_injury = 1 AND age_months < 12");
        return new SqlCounts(scr, cells);
    }

    private static void Group(SqliteConnection connection, Dictionary<(string, string, string), int> cells, string table, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cells[(table, reader.GetString(0), reader.GetString(1))] = reader.GetInt32(2);
        }
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
