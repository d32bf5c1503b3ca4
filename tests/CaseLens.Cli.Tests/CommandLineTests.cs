namespace CaseLens.Cli.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("import", "notifications")]
    [InlineData("frobnicate")]
    [InlineData("cases", "--region", "mars")]
    [InlineData("cases", "--study-year", "2005")]
    [InlineData("report", "--format", "pdf")]
    [InlineData("report", "--format", "html")]
    [InlineData("synth", "--rows", "-5", "--output", "x.csv")]
    public void A_malformed_command_line_is_invalid_input(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Out.ShouldBeEmpty();
        run.ErrorLines.Length.ShouldBeGreaterThan(1);
        run.ErrorLines.ShouldAllBe(line => !line.Contains("   at "));
    }

    [Theory]
    [InlineData("cases")]
    [InlineData("audit")]
    public void A_negative_limit_is_invalid_input(string command)
    {
        var run = CliRun.Of(command, "--limit", "-1", "--db", Path.Combine(Path.GetTempPath(), "caselens-no-store-" + Guid.NewGuid().ToString("N") + ".db"));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.ErrorLines[0].ShouldBe("--limit must be 0 or more.");
    }

    [Theory]
    [InlineData("9999-00")]
    [InlineData("0000-01")]
    public void A_study_year_outside_the_calendar_is_invalid_input_in_plain_words(string year)
    {
        var run = CliRun.Of("report", "--study-year", year, "--notifications", "n.csv", "--format", "json");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.ErrorLines[0].ShouldBe($"--study-year: '{year}' is not a study year; expected YYYY-YY such as 2005-06.");
        run.Error.ShouldNotContain("Exception");
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_file_name_not_a_response_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "caselens-at-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "cases.csv");
            File.WriteAllText(file, "case_id,board\nN9999,Secret Board\n");

            var run = CliRun.Of("validate", "notifications", "@" + file);

            run.ExitCode.ShouldBe(1, run.ToString());
            run.ErrorLines.ShouldHaveSingleItem().ShouldBe($"caselens: cannot read '@{file}': no such file");
            run.Error.ShouldNotContain("Secret Board");
            run.Error.ShouldNotContain("N9999");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_report_cannot_read_both_the_store_and_files()
    {
        var run = CliRun.Of("report", "--db", "x.db", "--notifications", "n.csv", "--format", "json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("either --db or --notifications");
    }

    [Fact]
    public void An_unknown_report_format_is_named_with_the_formats_there_are_and_a_binary_one_needs_a_file()
    {
        var unknown = CliRun.Of("report", "--format", "csvx");
        var noFile = CliRun.Of("report", "--format", "xlsx");

        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("'csvx'");
        unknown.Error.ShouldContain("'csv'");
        unknown.Error.ShouldNotContain("needs --output");
        noFile.ExitCode.ShouldBe(2);
        noFile.Error.ShouldContain("--format xlsx needs --output PATH.");
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_and_exit_1_unless_verbose()
    {
        var path = Path.Combine(Path.GetTempPath(), "caselens-no-such-dir-" + Guid.NewGuid().ToString("N"), "out.csv");

        var quiet = CliRun.Of("synth", "--rows", "3", "--output", path);
        var verbose = CliRun.Of("synth", "--rows", "3", "--output", path, "--verbose");

        quiet.ExitCode.ShouldBe(1);
        quiet.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("caselens: ");
        verbose.ExitCode.ShouldBe(1);
        verbose.Error.ShouldContain("   at ");
    }

    [Fact]
    public void Synth_writes_the_same_file_for_the_same_seed()
    {
        var dir = Path.Combine(Path.GetTempPath(), "caselens-synth-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var first = CliRun.Of("synth", "--rows", "500", "--seed", "9", "--output", Path.Combine(dir, "a.csv"));
            CliRun.Of("synth", "--rows", "500", "--seed", "9", "--output", Path.Combine(dir, "b.csv"));
            var valid = CliRun.Of("validate", "notifications", Path.Combine(dir, "a.csv"));

            first.ExitCode.ShouldBe(0, first.ToString());
            File.ReadAllBytes(Path.Combine(dir, "b.csv")).ShouldBe(File.ReadAllBytes(Path.Combine(dir, "a.csv")));
            valid.ExitCode.ShouldBe(0, valid.ToString());
            valid.Out.ShouldContain("500 notifications");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
