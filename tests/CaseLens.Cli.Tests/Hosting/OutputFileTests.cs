using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.Hosting;

/// <summary>
/// Exports, reports, comparisons and synthetic files are written whole, owner-only unless --mode
/// says otherwise, never through a link another user planted, and never over a write-protected file.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string[]> Writers() =>
    [
        ["export", "notifications", "{out}", "--db", "{db}"],
        ["report", "--format", "json", "--output", "{out}", "--db", "{db}"],
        ["compare", "--db", "{db}", "--comparators", "{comparators}", "--against", "2003-05", "--output", "{out}"],
        ["synth", "--rows", "10", "--output", "{out}"],
    ];

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_link_planted_at_the_temporary_name_is_not_written_through(string[] command)
    {
        var victim = Victim();
        File.CreateSymbolicLink(_dir.File("out.csv.partial"), victim);

        var run = Run(command);

        run.ExitCode.ShouldBe(0, run.ToString());
        File.ReadAllText(victim).ShouldBe("theirs");
        new FileInfo(_dir.File("out.csv")).Length.ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_link_planted_at_the_target_is_refused_and_its_file_untouched(string[] command)
    {
        var victim = Victim();
        File.CreateSymbolicLink(_dir.File("out.csv"), victim);

        var run = Run(command);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("is a symbolic link");
        File.ReadAllText(victim).ShouldBe("theirs");
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_write_protected_target_is_not_replaced(string[] command)
    {
        File.WriteAllText(_dir.File("out.csv"), "signed off");
        File.SetUnixFileMode(_dir.File("out.csv"), UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var run = Run(command);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("is write-protected (mode 0440)");
        File.ReadAllText(_dir.File("out.csv")).ShouldBe("signed off");
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void An_output_is_readable_by_its_owner_only_unless_mode_says_otherwise(string[] command)
    {
        var ownerOnly = Run(command);
        File.Delete(_dir.File("out.csv"));
        var shared = Run([.. command, "--mode", "0644"]);

        ownerOnly.ExitCode.ShouldBe(0, ownerOnly.ToString());
        shared.ExitCode.ShouldBe(0, shared.ToString());
        Convert.ToString((int)File.GetUnixFileMode(_dir.File("out.csv")), 8).ShouldBe("644");
        Directory.GetFiles(_dir.Path).Where(f => !f.EndsWith(".db", StringComparison.Ordinal)).ShouldBe([_dir.File("out.csv")]);
    }

    [Fact]
    public void A_replaced_output_gets_the_new_mode_not_the_old_one()
    {
        File.WriteAllText(_dir.File("out.csv"), "old");
        File.SetUnixFileMode(_dir.File("out.csv"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var run = Run(["synth", "--rows", "3", "--output", "{out}"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        File.GetUnixFileMode(_dir.File("out.csv")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private string Victim()
    {
        var victim = _dir.File("victim.txt");
        File.WriteAllText(victim, "theirs");
        return victim;
    }

    private CliRun Run(string[] command)
    {
        var db = _dir.File("store.db");
        if (!File.Exists(db))
        {
            seeded.CopyTo(db);
        }

        return CliRun.Of([.. command.Select(a => a
            .Replace("{out}", _dir.File("out.csv"), StringComparison.Ordinal)
            .Replace("{db}", db, StringComparison.Ordinal)
            .Replace("{comparators}", SampleData.Comparators, StringComparison.Ordinal))]);
    }
}
