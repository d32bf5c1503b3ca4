using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests;

public sealed class SampleCommandTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_same_seed_selects_the_same_counted_reviews()
    {
        var db = seeded.CopyTo(_dir.File("store.db"));

        var first = CliRun.Of("sample", "--db", db, "--size", "40", "--seed", "2009", "--ids-only");
        var again = CliRun.Of("sample", "--db", db, "--size", "40", "--seed", "2009", "--ids-only");
        var other = CliRun.Of("sample", "--db", db, "--size", "40", "--seed", "7", "--ids-only");

        first.ExitCode.ShouldBe(0, first.ToString());
        var ids = first.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        ids.Distinct().Count().ShouldBe(40);
        again.Out.ShouldBe(first.Out);
        other.Out.ShouldNotBe(first.Out);
        using var stream = File.OpenRead(SampleData.Notifications);
        var counted = NotificationCsv.ReadAll(stream, TimeProvider.System).Records
            .Where(n => n.ScrStatus == Domain.Notifications.ScrStatus.Yes && n.Exclusion is null)
            .Select(n => n.CaseId)
            .ToHashSet();
        ids.ShouldAllBe(id => counted.Contains(id));
    }

    [Fact]
    public void A_sample_larger_than_the_reviews_is_invalid_input()
    {
        var db = seeded.CopyTo(_dir.File("store.db"));

        var run = CliRun.Of("sample", "--db", db, "--size", "500");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("(189)");
    }

    [Fact]
    public void The_printed_sample_is_as_committed()
    {
        var db = seeded.CopyTo(_dir.File("store.db"));

        var run = CliRun.Of("sample", "--db", db, "--size", "40", "--seed", "2009");

        run.ExitCode.ShouldBe(0, run.ToString());
        // Markdown tables: the cases, the strata and the balance against the SCR cases.
        GoldenFile.Verify("tests/CaseLens.Cli.Tests/Golden/sample-size-40-seed-2009.md", run.Out);
    }
}
