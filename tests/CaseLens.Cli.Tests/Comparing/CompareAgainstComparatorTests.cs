using System.Text.Json;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.Comparing;

public sealed class CompareAgainstComparatorTests
{
    private static CliRun Against2003To05(params string[] more) =>
        CliRun.Of(["compare", "--notifications", SampleData.Notifications, "--comparators", SampleData.Comparators, "--against", "2003-05", .. more]);

    [Fact]
    public void The_sample_against_the_seeds_2003_05_column_tests_the_tables_with_2003_05_counts_as_R_does()
    {
        var run = Against2003To05("--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        root.GetProperty("format").GetString().ShouldBe("scr-comparison/1");
        root.GetProperty("a").GetProperty("label").GetString().ShouldBe("2005-07");
        root.GetProperty("b").GetProperty("label").GetString().ShouldBe("2003-05");
        var tables = root.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        tables.Keys.ShouldBe(SeedReference.Against2003To05.Keys, ignoreOrder: true);
        foreach (var (id, expected) in SeedReference.Against2003To05)
        {
            var table = tables[id];
            table.GetProperty("test").GetString().ShouldBe(expected.Test, id);
            var tolerance = expected.Test == "fisher-simulated" ? 4 * table.GetProperty("standard_error").GetDouble() : 1e-9;
            table.GetProperty("p").GetDouble().ShouldBe(expected.P, tolerance, id);
            if (expected.Statistic is { } statistic)
            {
                table.GetProperty("statistic").GetDouble().ShouldBe(statistic, 1e-9, id);
                table.GetProperty("df").GetInt32().ShouldBe(expected.Df!.Value, id);
            }
            else
            {
                table.GetProperty("statistic").ValueKind.ShouldBe(JsonValueKind.Null, id);
                table.GetProperty("df").ValueKind.ShouldBe(JsonValueKind.Null, id);
            }
        }

        tables["T4"].GetProperty("reason").GetString()!.ShouldContain("below 5");
        tables["T17"].GetProperty("reason").GetString()!.ShouldContain("simulated from 100,000 tables");
        tables["T17"].GetProperty("replicates").GetInt32().ShouldBe(100_000);
        tables["T17"].GetProperty("standard_error").GetDouble().ShouldBeLessThan(0.0001);
    }

    [Fact]
    public void The_text_form_has_a_row_per_table_with_three_digit_p_values_and_a_legend()
    {
        var run = Against2003To05();

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Out.Split('\n');
        string Row(string id) => lines.Single(l => l.StartsWith("| " + id + " ", StringComparison.Ordinal));
        Row("T2").ShouldContain("| chi-square ");
        Row("T2").ShouldContain("| 3.44 ");
        Row("T2").ShouldContain("| 0.487 ");
        Row("T13").ShouldContain("| 0.336 ");
        Row("T4").ShouldContain("| Fisher exact ");
        Row("T4").ShouldContain("| 0.144 ");
        Row("T4").ShouldContain("expected counts are below 5");
        Row("T17").ShouldContain("| Fisher simulated ");
        Row("T17").ShouldContain("| < 0.001 ");
        run.Out.ShouldContain("A: 2005-07 (notifications-2005-07.csv");
        run.Out.ShouldContain("B: 2003-05 (comparators-2005-07.csv");
        run.Out.ShouldContain("Fisher exact: the exact test");
        run.Out.ShouldContain("Fisher simulated: the same test");
        run.Out.ShouldContain("not tested: multi-response tables");
    }

    [Fact]
    public void Output_goes_to_the_named_file_and_not_to_standard_output()
    {
        using var dir = new TempDirectory();
        var path = dir.File("comparison.json");

        var run = Against2003To05("--format", "json", "--output", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldBeEmpty();
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        document.RootElement.GetProperty("tables").GetArrayLength().ShouldBe(SeedReference.Against2003To05.Count);
        File.Exists(path + ".partial").ShouldBeFalse();
    }

    [Fact]
    public void Compare_has_help_with_a_description_and_examples()
    {
        var run = CliRun.Of("compare", "--help");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("Description:");
        run.Out.ShouldContain("--against");
        run.Out.ShouldContain("Examples:");
        run.Out.ShouldContain("  caselens compare --notifications");
    }
}
