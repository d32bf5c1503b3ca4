using BenchmarkDotNet.Running;
using CaseLens.Benchmarks.Load;
using CaseLens.Benchmarks.Quick;
using CaseLens.Benchmarks.Versus;

// --quick: the plain Stopwatch run at full size (1,000,000 rows), each measurement in its own child
// process so that its peak memory is its own. --child: one such measurement (used by --quick).
// --disclosure N: disclosure control of the report of N synthetic notifications.
// --web-load: the web application under 20 concurrent users (see Load/WebLoad.cs).
// --versus-duckdb: caselens report --notifications against DuckDB on the same CSV (see Versus/VersusDuckDb.cs).
// Anything else goes to BenchmarkDotNet (smaller sizes, with its memory diagnoser).
return args switch
{
    ["--quick", .. var rest] => await QuickBench.RunAsync(rest),
    ["--child", .. var rest] => await ChildMeasurement.RunAsync(rest),
    ["--web-load", .. var rest] => await WebLoad.RunAsync(rest),
    ["--versus-duckdb", .. var rest] => await VersusDuckDb.RunAsync(rest),
    ["--disclosure", var rows] => DisclosureMeasurement.Run(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture)),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(QuickBench).Assembly).Run(args);
    return 0;
}
