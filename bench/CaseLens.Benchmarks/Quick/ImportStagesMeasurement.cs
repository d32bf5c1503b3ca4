using System.Diagnostics;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.Storage.Importing;

namespace CaseLens.Benchmarks.Quick;

/// <summary>
/// Where an import's time goes, stage by stage, wall and CPU seconds: reading and checking the CSV
/// (the reader of CaseLens.Interchange), and storing records already in memory in one transaction
/// (the import session of CaseLens.Storage). <c>caselens import</c> reads the file twice (a whole-file
/// check before the store is opened, then the stored pass), so its cost is about two reads and one store.
/// </summary>
internal static class ImportStagesMeasurement
{
    public static async Task<int> RunAsync(string file, string db)
    {
        var (readWall, readCpu, rows) = Measure(() =>
        {
            using var stream = File.OpenRead(file);
            return NotificationCsv.Read(stream, TimeProvider.System).Count(r => r.IsValid);
        });

        var records = new List<Notification>(rows);
        using (var stream = File.OpenRead(file))
        {
            records.AddRange(NotificationCsv.Read(stream, TimeProvider.System).Select(r => r.Record!));
        }

        await using var store = await CaseStore.OpenAsync(db);
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        await using (var session = await store.BeginNotificationImportAsync(new ImportOptions(false, "bench", Path.GetFileName(file))))
        {
            foreach (var record in records)
            {
                await session.AddAsync(record);
            }

            await session.CompleteAsync("-");
        }

        ChildMeasurement.Report(
            "import_stages",
            ("rows", rows),
            ("read_seconds", readWall),
            ("read_cpu_seconds", readCpu),
            ("store_seconds", clock.Elapsed.TotalSeconds),
            ("store_cpu_seconds", (Cpu() - cpu).TotalSeconds));
        return 0;
    }

    public static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static (double Wall, double Cpu, int Result) Measure(Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        var result = work();
        return (clock.Elapsed.TotalSeconds, (Cpu() - cpu).TotalSeconds, result);
    }
}
