using System.Diagnostics;
using System.Globalization;
using CaseLens.Benchmarks.Quick;

namespace CaseLens.Benchmarks.Versus;

/// <summary>
/// <c>--versus-duckdb</c>: <c>caselens report --notifications FILE</c> (every cell validated, every
/// table, the provenance) as a user runs it, in a process of its own, against DuckDB loading the same
/// file and running one GROUP BY per table (<see cref="DuckDbTables"/>) in a child process, taken in
/// alternation (CaseLens, DuckDB, CaseLens, …) because absolute times drift on a shared machine.
/// Prints each run, then the medians, peak memories and ratios as a Markdown table for bench/RESULTS.md.
/// Options: <c>--rows N</c> (default 1,000,000) of synthetic notifications, or <c>--file PATH</c>;
/// <c>--runs N</c> (default 3); <c>--dir PATH</c> (default a new temp directory).
/// </summary>
internal static class VersusDuckDb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = QuickBench.Option(args, "--rows") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : 1_000_000;
        var runs = QuickBench.Option(args, "--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
        var dir = QuickBench.Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "caselens-versus-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var file = QuickBench.Option(args, "--file");
        if (file is null)
        {
            file = Path.Combine(dir, $"synthetic-{rows}.csv");
            if (!File.Exists(file))
            {
                BenchData.WriteCsv(file, BenchData.Notifications(rows));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# caselens report --notifications against DuckDB {DuckDbVersion()}: {file} ({new FileInfo(file).Length / 1e6:F1} MB), {runs} alternating runs, {Environment.ProcessorCount} cores"));
        var caselens = new List<ChildResult>();
        var duckdb = new List<ChildResult>();
        for (var run = 1; run <= runs; run++)
        {
            var output = Path.Combine(dir, "report.json");
            var mine = await QuickBench.ChildAsync("measure-process", "caselens", "dotnet", Path.Combine(AppContext.BaseDirectory, "caselens.dll"), "report", "--notifications", file, "--format", "json", "--output", output);
            if (mine.Long("exit") != 0)
            {
                Console.Error.WriteLine($"caselens report exited {mine.Long("exit")}");
                return 1;
            }

            caselens.Add(mine);
            var clock = Stopwatch.StartNew();
            var peer = await QuickBench.ChildAsync("duckdb", file);
            var peerWall = clock.Elapsed.TotalSeconds;
            duckdb.Add(peer);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: caselens {mine.Double("seconds"):F2} s, peak {Mib(mine.Long("peak_bytes")):F0} MiB | duckdb load + {peer.Long("queries")} GROUP BYs {peer.Double("seconds"):F2} s (load {peer.Double("load_seconds"):F2} s; whole child {peerWall:F2} s), peak {Mib(peer.Long("peak_bytes")):F0} MiB"));
        }

        var mySeconds = Median(caselens.Select(c => c.Double("seconds")));
        var myPeak = Median(caselens.Select(c => (double)c.Long("peak_bytes")));
        var peerSeconds = Median(duckdb.Select(c => c.Double("seconds")));
        var peerPeak = Median(duckdb.Select(c => (double)c.Long("peak_bytes")));
        Console.WriteLine();
        Console.WriteLine("| run | CaseLens | DuckDB | ratio (CaseLens / DuckDB) |");
        Console.WriteLine("| --- | --- | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| time, median of {runs} (CaseLens: whole process; DuckDB: load + GROUP BYs) | {mySeconds:F2} s | {peerSeconds:F2} s | {mySeconds / peerSeconds:F2}x |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| peak memory, median of {runs} | {Mib(myPeak):F0} MiB | {Mib(peerPeak):F0} MiB | {myPeak / peerPeak:F2}x |"));
        return 0;
    }

    private static string DuckDbVersion()
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    private static double Mib(double bytes) => bytes / 1048576.0;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
