using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Interchange.Tests.Csv;

/// <summary>
/// Replays the regression corpus that fuzzing kept (Fuzz/TARGET: the inputs that reached new code,
/// minimised by libFuzzer; docs/fuzzing.md) through the entry points the product calls. Every
/// input must end as records or as problems: no exception, and each row one or the other.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fuzz");
    private static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Targets() => ["notifications", "intensive", "comparators"];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_kept_input_ends_as_records_or_problems(string target)
    {
        var files = Directory.GetFiles(Path.Combine(Folder, target));
        files.Length.ShouldBeGreaterThan(10, $"the regression corpus of {target} is missing; scripts/fuzz.sh merge {target} makes it");

        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var outcome = Should.NotThrow(() => Replay(target, bytes), Path.GetFileName(file));
            outcome.ShouldBeTrue(Path.GetFileName(file));
        }
    }

    /// <summary>Reads the input as the product does; true when it ends as records or as problems, each row one or the other.</summary>
    private static bool Replay(string target, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return target switch
        {
            "notifications" => Ends(NotificationCsv.Read(stream, Clock).ToList()),
            "intensive" => Ends(IntensiveCsv.Read(stream).ToList()),
            _ => ComparatorCsv.Read(stream) is var result
                && (result.Succeeded ? result.Problems.Count == 0 && result.Value.Figures.Count > 0 : result.Problems.Count > 0),
        };
    }

    private static bool Ends<T>(List<RowResult<T>> rows)
        where T : class =>
        rows.Count > 0
        && rows.All(row => (row.Record is null) != (row.Problems.Count == 0))
        && rows.Take(rows.Count - 1).All(row => !row.IsFileProblem);
}
