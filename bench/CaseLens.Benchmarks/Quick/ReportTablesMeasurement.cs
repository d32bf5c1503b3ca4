using System.Diagnostics;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.Reporting;
using CaseLens.Storage;
using Microsoft.Data.Sqlite;

namespace CaseLens.Benchmarks.Quick;

/// <summary>
/// The report over a store of SCR cases, in stages: opening the store, reading the cases from it (the
/// coded fields the tables count, and the records hashed for the provenance), computing every
/// notification table, the whole report written as JSON; then the same counts for T2, T3, T14 and T17
/// from plain SQL GROUP BY queries, checked cell by cell against the tables.
/// </summary>
internal static class ReportTablesMeasurement
{
    private const string Period = "bench";

    public static async Task<int> RunAsync(string db)
    {
        var loadCpu = ImportStagesMeasurement.Cpu();
        var clock = Stopwatch.StartNew();
        CodedNotifications cases;
        double openSeconds;
        await using (var store = await CaseStore.OpenAsync(db))
        {
            openSeconds = clock.Elapsed.TotalSeconds;
            cases = await store.ReadCodedNotificationsAsync(null);
        }

        var loadSeconds = clock.Elapsed.TotalSeconds;
        var loadCpuSeconds = (ImportStagesMeasurement.Cpu() - loadCpu).TotalSeconds;

        clock.Restart();
        var cpu = ImportStagesMeasurement.Cpu();
        var tables = NotificationTables.Build(cases, new TableOptions { PeriodLabel = Period });
        var tableSeconds = clock.Elapsed.TotalSeconds;
        var tableCpuSeconds = (ImportStagesMeasurement.Cpu() - cpu).TotalSeconds;

        clock.Restart();
        var report = new ReportBuilder(TimeProvider.System).Build(cases, [], new ReportOptions { Tables = new TableOptions { PeriodLabel = Period } });
        ReportWriter.Write(report, ReportFormat.Json, Stream.Null);
        var reportSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var sql = SqlCounts.Read(new SqliteConnectionStringBuilder { DataSource = db }.ToString());
        var sqlSeconds = clock.Elapsed.TotalSeconds;

        var mismatches = Compare(tables, sql);
        foreach (var mismatch in mismatches)
        {
            Console.Error.WriteLine("MISMATCH " + mismatch);
        }

        ChildMeasurement.Report(
            "report",
            ("cases", cases.Count),
            ("scr_cases", sql.ScrCases),
            ("open_seconds", openSeconds),
            ("load_seconds", loadSeconds),
            ("load_cpu_seconds", loadCpuSeconds),
            ("tables_seconds", tableSeconds),
            ("tables_cpu_seconds", tableCpuSeconds),
            ("tables", tables.Count),
            ("report_json_seconds", reportSeconds),
            ("sql_seconds", sqlSeconds),
            ("sql_cells", sql.Cells.Count),
            ("mismatches", mismatches.Count),
            ("peak_bytes", PeakMemory.Bytes()));
        return mismatches.Count == 0 ? 0 : 1;
    }

    private static List<string> Compare(IReadOnlyList<ReportTable> tables, SqlCounts sql)
    {
        var mismatches = new List<string>();
        foreach (var ((table, row, column), count) in sql.Cells)
        {
            var cell = tables.Single(t => t.Id == table).Rows.SingleOrDefault(r => r.Key == row)?.Cells.GetValueOrDefault(column);
            var reported = cell?.Count ?? 0;
            if (reported != count)
            {
                mismatches.Add($"{table} {row} {column}: tables {reported}, SQL {count}");
            }
        }

        return mismatches;
    }
}
