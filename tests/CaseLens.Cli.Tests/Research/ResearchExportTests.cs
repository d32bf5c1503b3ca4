using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Cli.Tests.Research;

/// <summary>
/// <c>caselens export research</c> on the sample (issue 9, "What it must show" 5): each level's files
/// are searched for every outline, board name and case id of the sample, and the de-identified ones
/// for every exact date; the key file is made 0600 and refused when others could read it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ResearchExportTests : IClassFixture<SeededStore>, IDisposable
{
    private static readonly Lazy<IReadOnlyList<Notification>> Sample = new(() =>
    {
        using var stream = File.OpenRead(SampleData.Notifications);
        return NotificationCsv.ReadAll(stream, new FakeTimeProvider(CliRun.Now)).Records;
    });

    private readonly TempDirectory _dir = new();
    private readonly string _db;

    public ResearchExportTests(SeededStore store)
    {
        _db = store.CopyTo(_dir.File("store.db"));
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("deidentified")]
    [InlineData("limited", "--dates", "shift", "--age-in-months")]
    public void No_level_writes_an_outline_a_board_name_or_a_case_id(string level, params string[] options)
    {
        var text = Export("extract.csv", ["--level", level, .. options]);

        foreach (var notification in Sample.Value)
        {
            text.ShouldNotContain(notification.CaseId);
            if (notification.Board is { } board)
            {
                text.ShouldNotContain(board);
            }

            if (notification.CaseOutline is { Length: > 0 } outline)
            {
                text.ShouldNotContain(outline);
            }

            if (level == "deidentified")
            {
                text.ShouldNotContain(notification.IncidentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void The_limited_level_keeps_the_outlines_only_for_a_named_reviewer_and_still_no_board_name()
    {
        var text = Export("extract.csv", ["--level", "limited", "--outlines-for", "Dr A Reviewer"]);

        text.ShouldContain("Case outline (kept for Dr A Reviewer only)");
        foreach (var notification in Sample.Value)
        {
            if (notification.CaseOutline is { Length: > 0 } outline)
            {
                text.ShouldContain(outline);
            }

            if (notification.Board is { } board)
            {
                text.ShouldNotContain(board);
            }
        }
    }

    [Fact]
    public void The_deidentified_level_refuses_what_only_the_limited_level_allows()
    {
        var run = CliRun.Of("export", "research", _dir.File("x.csv"), "--level", "deidentified", "--outlines-for", "Dr A Reviewer", "--key-file", _dir.File("k.key"), "--db", _db);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("outlines are kept only at the limited level");
        File.Exists(_dir.File("x.csv")).ShouldBeFalse();
        File.Exists(_dir.File("k.key")).ShouldBeFalse();
    }

    [Fact]
    public void The_key_file_is_made_0600_kept_and_refused_when_others_may_read_it_or_it_is_a_link()
    {
        var key = _dir.File("research.key");
        var first = CliRun.Of("export", "research", _dir.File("a.csv"), "--level", "deidentified", "--key-file", key, "--db", _db);
        var second = CliRun.Of("export", "research", _dir.File("b.csv"), "--level", "deidentified", "--key-file", key, "--db", _db);

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Error.ShouldContain("Made a new pseudonym key");
        File.GetUnixFileMode(key).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        second.ExitCode.ShouldBe(0, second.ToString());
        second.Error.ShouldNotContain("Made a new pseudonym key");
        File.ReadAllText(_dir.File("b.csv")).ShouldBe(File.ReadAllText(_dir.File("a.csv")));

        var link = _dir.File("link.key");
        File.CreateSymbolicLink(link, key);
        var linked = CliRun.Of("export", "research", _dir.File("c.csv"), "--level", "deidentified", "--key-file", link, "--db", _db);
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var shared = CliRun.Of("export", "research", _dir.File("d.csv"), "--level", "deidentified", "--key-file", key, "--db", _db);

        linked.ExitCode.ShouldBe(2, linked.ToString());
        linked.Error.ShouldContain("is a symbolic link");
        shared.ExitCode.ShouldBe(2, shared.ToString());
        shared.Error.ShouldContain("may be read by others (mode 0640)");
        File.Exists(_dir.File("c.csv")).ShouldBeFalse();
        File.Exists(_dir.File("d.csv")).ShouldBeFalse();
    }

    /// <summary>Exports to <paramref name="name"/> and returns the text of the three files written.</summary>
    private string Export(string name, string[] options)
    {
        var csv = _dir.File(name);
        var run = CliRun.Of(["export", "research", csv, "--key-file", _dir.File("research.key"), "--db", _db, .. options]);
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("k-anonymity (k = 5) over ");
        if (options.Contains("deidentified"))
        {
            run.Out.ShouldContain("over age_group, gender, ethnicity, region, incident_type, study_year");
            // As the hand-computed fixture of the Analysis tests (Research/k-anonymity-sample.csv) counts them.
            run.Out.ShouldContain("329 classes, 325 smaller than k");
        }

        var files = new[] { csv, Path.ChangeExtension(csv, ".sps"), Path.ChangeExtension(csv, ".R") };
        files.ShouldAllBe(f => File.GetUnixFileMode(f) == (UnixFileMode.UserRead | UnixFileMode.UserWrite));
        return string.Join("\n", files.Select(File.ReadAllText));
    }
}
