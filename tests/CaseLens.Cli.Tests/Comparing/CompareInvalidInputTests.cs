using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.Comparing;

public sealed class CompareInvalidInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Missing_files_exit_2_and_are_all_listed()
    {
        var run = CliRun.Of("compare", "--notifications", _dir.File("a.csv"), "--with", _dir.File("b.csv"));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.ErrorLines.ShouldContain(l => l.Contains("a.csv") && l.Contains("no such file"));
        run.ErrorLines.ShouldContain(l => l.Contains("b.csv") && l.Contains("no such file"));
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_comparator_column_exits_2_naming_the_columns_there_are()
    {
        var run = CliRun.Of("compare", "--notifications", SampleData.Notifications, "--comparators", SampleData.Comparators, "--against", "2001-03");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("no column '2001-03'");
        run.Error.ShouldContain("2003-05");
    }

    [Fact]
    public void A_comparator_column_of_percentages_only_exits_2()
    {
        var run = CliRun.Of("compare", "--notifications", SampleData.Notifications, "--comparators", SampleData.Comparators, "--against", "children_in_need_2005");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("no counts");
    }

    [Theory]
    [InlineData("--with", "B.csv", "--comparators", "C.csv", "--against", "2003-05")]
    [InlineData("--period", "2005-07")]
    [InlineData("--against", "2003-05")]
    [InlineData("--with", "B.csv", "--comparators", "C.csv")]
    [InlineData("--with", "B.csv", "--format", "xml")]
    public void Option_combinations_that_do_not_name_one_comparison_exit_2(params string[] options)
    {
        // B and C stand for files that exist, so only the combination can be wrong.
        var args = options.Select(o => o switch { "B.csv" => SampleData.Notifications, "C.csv" => SampleData.Comparators, _ => o });

        var run = CliRun.Of(["compare", "--notifications", SampleData.Notifications, .. args]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Out.ShouldBeEmpty();
        run.Error.ShouldNotContain("no such file");
    }

    [Fact]
    public void An_invalid_row_in_the_second_file_exits_2_with_its_line()
    {
        var lines = File.ReadAllLines(SampleData.Notifications);
        var bad = _dir.File("bad.csv");
        File.WriteAllLines(bad, [lines[0], lines[1], string.Join(',', lines[2].Split(',').Select((cell, i) => i == 0 ? cell : "???"))]);

        var run = CliRun.Of("compare", "--notifications", SampleData.Notifications, "--with", bad);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.ErrorLines.ShouldContain(l => l.StartsWith("line 3", StringComparison.Ordinal) && l.Contains("bad.csv"));
    }

    [Fact]
    public void A_filter_that_leaves_no_cases_exits_2()
    {
        var run = CliRun.Of("compare", "--notifications", SampleData.Notifications, "--with", SampleData.Notifications, "--study-year", "1999-00");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("no notifications within the filters");
    }
}
