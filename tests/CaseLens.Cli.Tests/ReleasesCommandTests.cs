using System.Text.Json;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests;

/// <summary>
/// The disclosure ledger from the command line (issue 9, "What it must show" 2): a report with a policy
/// from the store is recorded; one study year after the whole period is refused with exit 2 naming the
/// release and a cell, and published with --protect-against-releases (or refused, where no amount of
/// hiding suffices); <c>caselens releases</c> lists what was recorded.
/// </summary>
public sealed class ReleasesCommandTests : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _db;

    public ReleasesCommandTests(SeededStore store)
    {
        _db = store.CopyTo(_dir.File("store.db"));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void One_study_year_after_the_whole_period_is_refused_with_exit_2_then_protected_and_listed()
    {
        var whole = CliRun.Of("report", "--db", _db, "--disclosure", "k=6", "--actor", "alice", "--format", "json");
        var year = CliRun.Of("report", "--db", _db, "--study-year", "2005-06", "--suppress-below", "6", "--actor", "bob", "--format", "json");
        var empty = CliRun.Of("releases", "--db", _db);
        var protectedYear = CliRun.Of("report", "--db", _db, "--study-year", "2005-06", "--disclosure", "k=6", "--protect-against-releases", "--actor", "bob", "--format", "json");
        var listed = CliRun.Of("releases", "--db", _db);
        var audit = CliRun.Of("audit", "--db", _db);
        var yearAgain = CliRun.Of("report", "--db", _db, "--study-year", "2005-06", "--disclosure", "k=6", "--actor", "carol", "--format", "json");

        whole.ExitCode.ShouldBe(0, whole.ToString());
        whole.Error.ShouldContain("Recorded as release 1");
        year.ExitCode.ShouldBe(2, year.ToString());
        year.Out.ShouldBeEmpty();
        year.ErrorLines.ShouldContain(l => l.Contains("refused: release 1's ", StringComparison.Ordinal) && l.Contains("could be worked out with this report", StringComparison.Ordinal));
        year.Error.ShouldContain("--protect-against-releases");
        empty.Out.ShouldContain("1 releases recorded.");
        protectedYear.ExitCode.ShouldBe(0, protectedYear.ToString());
        protectedYear.Error.ShouldContain("Recorded as release 2");
        using (var report = JsonDocument.Parse(protectedYear.Out))
        {
            report.RootElement.GetProperty("provenance").GetProperty("options").GetProperty("disclosure").GetString().ShouldBe("k=6");
        }

        listed.Out.ShouldContain("| 2       | 2026-01-15 09:30:00Z | bob   | k=6    | study_year=2005-06");
        listed.Out.ShouldContain("2 releases recorded.");
        listed.ExitCode.ShouldBe(0, listed.ToString());
        listed.Out.ShouldContain("| 1       | 2026-01-15 09:30:00Z | alice | k=6    | (none)");
        audit.Out.ShouldContain("publish");

        // Asked for again, the year is published as release 2 published it, not refused.
        yearAgain.ExitCode.ShouldBe(0, yearAgain.ToString());
        yearAgain.Error.ShouldContain("Recorded as release 3");
        using var first = JsonDocument.Parse(protectedYear.Out);
        using var again = JsonDocument.Parse(yearAgain.Out);
        again.RootElement.GetProperty("tables").GetRawText().ShouldBe(first.RootElement.GetProperty("tables").GetRawText());
    }

    [Theory]
    [InlineData("Give either --disclosure or --suppress-below", "--disclosure", "k=6", "--suppress-below", "6")]
    [InlineData("is not a disclosure policy", "--disclosure", "k=1")]
    [InlineData("--protect-against-releases needs --disclosure", "--protect-against-releases")]
    public void Disclosure_options_that_do_not_go_together_are_invalid_input(string message, params string[] options)
    {
        var run = CliRun.Of(["report", "--db", _db, "--format", "json", .. options]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(message);
    }

    [Fact]
    public void Protection_against_releases_needs_a_report_from_the_store()
    {
        var run = CliRun.Of("report", "--notifications", SampleData.Notifications, "--disclosure", "dfe", "--protect-against-releases", "--format", "json");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("a report from the store");
    }
}
