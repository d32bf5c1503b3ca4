using System.Diagnostics;
using System.Globalization;
using CaseLens.Cli;
using CaseLens.Storage;

namespace CaseLens.Benchmarks.Quick;

/// <summary>
/// One measurement in a process of its own, so that its peak memory is only its own. Prints
/// <c>RESULT name=value …</c> lines on standard output for <see cref="QuickBench"/> to collect.
/// </summary>
internal static class ChildMeasurement
{
    public static async Task<int> RunAsync(string[] args) => args switch
    {
        ["import", var file, var db] => await ImportAsync(file, db),
        ["import-stages", var file, var db] => await ImportStagesMeasurement.RunAsync(file, db),
        ["report", var db] => await ReportTablesMeasurement.RunAsync(db),
        ["report-cli", var db, var output] => ReportCli(db, output),
        ["measure-process", var name, .. var command] when command.Length > 0 => await Versus.ChildProcessPeak.RunAsync(name, command),
        ["duckdb", var file] => Versus.DuckDbTables.Run(file),
        _ => Usage(),
    };

    /// <summary>The <c>caselens import</c> command itself, in-process, from start to commit.</summary>
    private static async Task<int> ImportAsync(string file, string db)
    {
        var clock = Stopwatch.StartNew();
        var cpu = ImportStagesMeasurement.Cpu();
        var code = CaseLensApp.Run(["import", "notifications", file, "--db", db, "--actor", "bench"], Console.Out, Console.Error, TimeProvider.System);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (ImportStagesMeasurement.Cpu() - cpu).TotalSeconds;
        var peak = PeakMemory.Bytes();
        await using var store = await CaseStore.OpenAsync(db);
        var stored = await store.CountNotificationsAsync();
        Report("import", ("exit", code), ("seconds", seconds), ("cpu_seconds", cpuSeconds), ("peak_bytes", peak), ("stored", stored));
        return code;
    }

    /// <summary><c>caselens report --db … --format json --output …</c> end to end, in-process.</summary>
    private static int ReportCli(string db, string output)
    {
        var clock = Stopwatch.StartNew();
        var cpu = ImportStagesMeasurement.Cpu();
        var code = CaseLensApp.Run(["report", "--db", db, "--format", "json", "--output", output], Console.Out, Console.Error, TimeProvider.System);
        Report("report_cli", ("exit", code), ("seconds", clock.Elapsed.TotalSeconds), ("cpu_seconds", (ImportStagesMeasurement.Cpu() - cpu).TotalSeconds), ("peak_bytes", PeakMemory.Bytes()));
        return code;
    }

    public static void Report(string name, params (string Key, object Value)[] values) =>
        Console.WriteLine("RESULT " + name + " " + string.Join(' ', values.Select(v => v.Key + "=" + Convert.ToString(v.Value, CultureInfo.InvariantCulture))));

    private static int Usage()
    {
        Console.Error.WriteLine("usage: --child import FILE DB | --child import-stages FILE DB | --child report DB | --child report-cli DB OUTPUT | --child measure-process NAME PROGRAM [ARG…] | --child duckdb FILE");
        return 2;
    }
}
