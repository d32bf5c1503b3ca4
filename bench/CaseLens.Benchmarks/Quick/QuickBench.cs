using System.Diagnostics;
using System.Globalization;

namespace CaseLens.Benchmarks.Quick;

/// <summary>
/// The full-size run: writes 1,000,000 synthetic notifications, imports them with
/// <c>caselens import</c> into a new SQLite store, builds a store of 1,000,000 SCR cases and
/// measures the report over it against plain SQL. Each measurement runs in a child process
/// (peak memory = that process's VmHWM). Prints a Markdown summary for bench/RESULTS.md.
/// Options: <c>--rows N</c> (default 1,000,000), <c>--dir PATH</c> (default a new temp directory).
/// </summary>
internal static class QuickBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = Option(args, "--rows") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : 1_000_000;
        var dir = Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "caselens-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        Console.WriteLine($"# CaseLens quick benchmark: {rows:N0} rows, in {dir}");

        var notifications = Path.Combine(dir, "synthetic.csv");
        var clock = Stopwatch.StartNew();
        BenchData.WriteCsv(notifications, BenchData.Notifications(rows));
        var synthSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synth: {rows:N0} rows, {new FileInfo(notifications).Length / 1e6:F1} MB in {synthSeconds:F1} s"));

        var import = await ChildAsync("import", notifications, Path.Combine(dir, "import.db"));
        var importSeconds = import.Double("seconds");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: {import.Long("stored"):N0} stored in {importSeconds:F2} s (CPU {import.Double("cpu_seconds"):F2} s) = {rows / importSeconds:N0} rows/s, peak {import.Long("peak_bytes") / 1048576.0:F0} MiB (exit {import.Long("exit")})"));

        var stages = await ChildAsync("import-stages", notifications, Path.Combine(dir, "stages.db"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import stages: reading and checking the CSV {stages.Double("read_seconds"):F2} s (CPU {stages.Double("read_cpu_seconds"):F2} s) = {rows / stages.Double("read_seconds"):N0} rows/s; " +
            $"storing records from memory {stages.Double("store_seconds"):F2} s (CPU {stages.Double("store_cpu_seconds"):F2} s) = {rows / stages.Double("store_seconds"):N0} rows/s"));

        var scrCsv = Path.Combine(dir, "scr.csv");
        BenchData.WriteCsv(scrCsv, BenchData.ScrCases(rows));
        var scrDb = Path.Combine(dir, "scr.db");
        var scrImport = await ChildAsync("import", scrCsv, scrDb);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import (all SCR cases): {scrImport.Long("stored"):N0} stored in {scrImport.Double("seconds"):F2} s = {rows / scrImport.Double("seconds"):N0} rows/s, peak {scrImport.Long("peak_bytes") / 1048576.0:F0} MiB"));

        var report = await ChildAsync("report", scrDb);
        var ratio = report.Double("tables_seconds") / report.Double("sql_seconds");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"report stages over {report.Long("scr_cases"):N0} SCR cases: open the store {report.Double("open_seconds"):F2} s; open + read the coded cases and hash the records {report.Double("load_seconds"):F2} s (CPU {report.Double("load_cpu_seconds"):F2} s); " +
            $"all {report.Long("tables")} notification tables {report.Double("tables_seconds"):F2} s (CPU {report.Double("tables_cpu_seconds"):F2} s); store to tables {report.Double("load_seconds") + report.Double("tables_seconds"):F2} s; whole report + JSON {report.Double("report_json_seconds"):F2} s; " +
            $"SQL GROUP BY (T2, T3, T14, T17: {report.Long("sql_cells")} cells) {report.Double("sql_seconds"):F2} s; " +
            $"tables/SQL time ratio {ratio:F2}; mismatching cells {report.Long("mismatches")}; peak {report.Long("peak_bytes") / 1048576.0:F0} MiB"));

        var cli = await ChildAsync("report-cli", scrDb, Path.Combine(dir, "report.json"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"caselens report --db --format json (end to end): {cli.Double("seconds"):F2} s (CPU {cli.Double("cpu_seconds"):F2} s), peak {cli.Long("peak_bytes") / 1048576.0:F0} MiB (exit {cli.Long("exit")})"));

        var (wallSeconds, exit) = await OwnProcessReportAsync(scrDb, Path.Combine(dir, "report-own-process.json"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"caselens report --db --format json (own process, wall clock from start to exit): {wallSeconds:F2} s (exit {exit})"));
        return report.Long("mismatches") == 0 && import.Long("exit") == 0 && cli.Long("exit") == 0 && exit == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>dotnet caselens.dll report …</c> as a user runs it, timed from outside: runtime start-up and
    /// compiling the code are part of the wait.
    /// </summary>
    private static async Task<(double Seconds, int Exit)> OwnProcessReportAsync(string db, string output)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "caselens.dll"), "report", "--db", db, "--format", "json", "--output", output })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (clock.Elapsed.TotalSeconds, process.ExitCode);
    }

    /// <summary>The value after <paramref name="name"/> on the command line, if any.</summary>
    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Runs <c>--child ARGS…</c> in a process of its own and returns its RESULT line.</summary>
    internal static async Task<ChildResult> ChildAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(QuickBench).Assembly.Location);
        }

        start.ArgumentList.Add("--child");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"child {string.Join(' ', args)} gave no result:\n{output}");
        return ChildResult.Parse(line);
    }
}
