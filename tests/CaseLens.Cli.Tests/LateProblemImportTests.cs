using System.Security.Cryptography;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;

namespace CaseLens.Cli.Tests;

/// <summary>
/// The import checks and stores in one pass, so a problem far down a long file arrives after many
/// rows have gone into the open transaction. The store must still end exactly as it was.
/// </summary>
public sealed class LateProblemImportTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private const int ValidRows = 30_000;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_problem_after_thousands_of_valid_rows_leaves_the_store_byte_for_byte_unchanged()
    {
        var file = WriteFileEndingInABadRow();
        var db = seeded.CopyTo(_dir.File("store.db"));
        var before = SHA256.HashData(File.ReadAllBytes(db));

        var run = CliRun.Of("import", "notifications", file, "--db", db);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.ErrorLines.ShouldContain(l => l.StartsWith($"line {ValidRows + 2}, column gender:", StringComparison.Ordinal), run.ToString());
        SHA256.HashData(File.ReadAllBytes(db)).ShouldBe(before);
        Directory.GetFiles(_dir.Path).Order(StringComparer.Ordinal).ShouldBe(new[] { db, file }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_problem_after_thousands_of_valid_rows_leaves_no_new_store_behind()
    {
        var file = WriteFileEndingInABadRow();

        var run = CliRun.Of("import", "notifications", file, "--db", _dir.File("new.db"));

        run.ExitCode.ShouldBe(2, run.ToString());
        Directory.GetFiles(_dir.Path).ShouldBe([file]);
    }

    private string WriteFileEndingInABadRow()
    {
        var file = _dir.File("late-problem.csv");
        using (var stream = File.Create(file))
        {
            NotificationCsv.Write(stream, SyntheticNotifications.Generate(ValidRows, seed: 7));
        }

        // One more row, valid but for its gender code.
        var header = File.ReadLines(file).First().Split(',');
        var cells = header.Select(column => column switch
        {
            "case_id" => "LATE1",
            "incident_date" => "2006-01-01",
            "scr_status" => "no",
            "gender" => "boy",
            _ => string.Empty,
        });
        File.AppendAllText(file, string.Join(',', cells) + "\n");
        return file;
    }
}
