using BenchmarkDotNet.Attributes;
using CaseLens.Benchmarks.Quick;
using CaseLens.Cli;

namespace CaseLens.Benchmarks.Bdn;

/// <summary><c>caselens import notifications</c> of synthetic rows into a new SQLite store.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _dir = "";
    private string _file = "";
    private int _run;

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "caselens-bdn-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        _file = Path.Combine(_dir, "synthetic.csv");
        BenchData.WriteCsv(_file, BenchData.Notifications(Rows));
    }

    [Benchmark]
    public int Import()
    {
        var db = Path.Combine(_dir, $"store-{_run++}.db");
        return CaseLensApp.Run(["import", "notifications", _file, "--db", db, "--actor", "bench"], TextWriter.Null, Console.Error, TimeProvider.System);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);
}
