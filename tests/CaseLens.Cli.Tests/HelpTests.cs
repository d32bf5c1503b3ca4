namespace CaseLens.Cli.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> Commands() =>
    [
        "", "validate", "validate notifications", "validate intensive", "import", "import notifications", "import intensive",
        "export", "export notifications", "export intensive", "export research", "report", "releases", "compare", "cases", "sample", "audit", "synth", "store", "store init",
        "users", "users add", "serve",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_with_a_description_and_an_example(string command)
    {
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("Description:");
        run.Out.ShouldContain("Examples:");
        run.Out.ShouldContain("  caselens " + command);
    }
}
