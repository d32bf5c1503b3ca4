using System.Reflection;
using System.Text.Json;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;
using CaseLens.TestKit.Databases;

namespace CaseLens.Cli.Tests;

/// <summary>
/// Every table is the same whichever way the cases reach it: counted from the CSV file, from a SQLite
/// store the file was imported into, and from a PostgreSQL store (when a server is available), over
/// 100,000 synthetic notifications in which every code of every coded field occurs.
/// </summary>
public sealed class ExactnessTests : IDisposable
{
    private const int Rows = 100_000;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Every_table_is_the_same_from_the_csv_from_sqlite_and_from_postgresql()
    {
        var records = SyntheticNotifications.Generate(Rows, seed: 2009).ToList();
        MissingCodes(records).ShouldBeEmpty("the file must hold every code, or a path could miscount one unseen");
        var csv = _dir.File("synthetic.csv");
        await using (var file = File.Create(csv))
        {
            NotificationCsv.Write(file, records);
        }

        var fromCsv = Tables(CliRun.Of("report", "--notifications", csv, "--format", "json"));
        var sqlite = _dir.File("store.db");
        CliRun.Of("import", "notifications", csv, "--db", sqlite).ExitCode.ShouldBe(0);
        var fromSqlite = Tables(CliRun.Of("report", "--db", sqlite, "--format", "json"));

        fromSqlite.ShouldBe(fromCsv);
        if (TestServer.Postgres is not null)
        {
            await using var database = new PostgresDatabase();
            await database.CreateAsync();
            CliRun.Of("import", "notifications", csv, "--db", database.Location).ExitCode.ShouldBe(0);
            Tables(CliRun.Of("report", "--db", database.Location, "--format", "json")).ShouldBe(fromCsv);
        }
    }

    /// <summary>The report's tables as JSON text, every count, percent, note and statistic in place.</summary>
    private static string Tables(CliRun run)
    {
        run.ExitCode.ShouldBe(0, run.ToString());
        using var report = JsonDocument.Parse(run.Out);
        var tables = report.RootElement.GetProperty("tables");
        tables.GetArrayLength().ShouldBeGreaterThan(20);
        return tables.GetRawText();
    }

    /// <summary>Each code of each coded field of <see cref="Notification"/> that no record holds, as <c>Field=code</c>.</summary>
    private static List<string> MissingCodes(IReadOnlyList<Notification> records)
    {
        var missing = new List<string>();
        foreach (var property in typeof(Notification).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var codeType = type.IsEnum ? type
                : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CodeSet<>) ? type.GetGenericArguments()[0]
                : null;
            if (codeType is null)
            {
                continue;
            }

            var seen = new HashSet<object>();
            foreach (var value in records.Select(property.GetValue).OfType<object>())
            {
                if (type.IsEnum)
                {
                    seen.Add(value);
                }
                else
                {
                    var values = (System.Collections.IEnumerable)type.GetProperty("Values")!.GetValue(value)!;
                    seen.UnionWith(values.Cast<object>());
                }
            }

            missing.AddRange(Enum.GetValues(codeType).Cast<object>().Where(code => !seen.Contains(code)).Select(code => $"{property.Name}={code}"));
        }

        return missing;
    }
}
