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

    [Fact]
    public void A_report_cannot_read_both_the_store_and_files()
    {
        var run = CliRun.Of("report", "--db", "x.db", "--notifications", "n.csv", "--format", "json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("either --db or --notifications");
    }
}
