using System.Text.Json;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests;

public sealed class ReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ReportTests()
    {
        CliRun.Of("import", "notifications", SampleData.Notifications, "--db", Db).ExitCode.ShouldBe(0);
        CliRun.Of("import", "intensive", SampleData.Intensive, "--db", Db).ExitCode.ShouldBe(0);
    }

    private string Db => _dir.File("store.db");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Json_without_output_goes_to_stdout_as_an_scr_report_with_the_table_ids()
    {
        var run = CliRun.Of("report", "--db", Db, "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        document.RootElement.GetProperty("format").GetString().ShouldBe("scr-report/1");
        var ids = document.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        ids.ShouldContain("T2");
        ids.ShouldContain("T3");
        ids.ShouldContain("T14");
        ids.ShouldContain("T17");
        document.RootElement.GetProperty("provenance").GetProperty("period_label").GetString().ShouldBe("2005-07");
    }

    [Fact]
    public void A_report_from_the_store_equals_the_report_from_the_same_files()
    {
        var fromStore = CliRun.Of("report", "--db", Db, "--format", "json");
        var fromFiles = CliRun.Of("report", "--notifications", SampleData.Notifications, "--intensive", SampleData.Intensive, "--format", "json");

        fromFiles.ExitCode.ShouldBe(0, fromFiles.ToString());
        fromFiles.Out.ShouldBe(fromStore.Out);
    }

    [Fact]
    public void Filters_and_suppression_are_recorded_in_the_provenance()
    {
        var run = CliRun.Of("report", "--db", Db, "--study-year", "2005-06", "--incident-type", "death", "--suppress-below", "6", "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var provenance = document.RootElement.GetProperty("provenance");
        provenance.GetProperty("filters").GetProperty("study_year").GetString().ShouldBe("2005-06");
        provenance.GetProperty("filters").GetProperty("incident_type").GetString().ShouldBe("death");
        provenance.GetProperty("options").GetProperty("disclosure").GetString().ShouldBe("k=6");
        provenance.GetProperty("period_label").GetString().ShouldBe("2005-06");
        run.Out.ShouldContain("\"<6\"");
    }

    [Fact]
    public void Csv_without_output_goes_to_stdout_a_line_per_cell_with_the_same_counts_as_the_json()
    {
        // From the files: two reports with a policy from the store would be two releases, the second
        // checked against the first (ReleasesCommandTests).
        var csv = CliRun.Of("report", "--notifications", SampleData.Notifications, "--intensive", SampleData.Intensive, "--suppress-below", "6", "--format", "csv");
        var json = CliRun.Of("report", "--notifications", SampleData.Notifications, "--intensive", SampleData.Intensive, "--suppress-below", "6", "--format", "json");

        csv.ExitCode.ShouldBe(0, csv.ToString());
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("period,data_set_hash,table_id,");
        using var document = JsonDocument.Parse(json.Out);
        var hash = document.RootElement.GetProperty("provenance").GetProperty("data_set_hash").GetString();
        var t2 = document.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "T2");
        foreach (var row in t2.GetProperty("rows").EnumerateArray())
        {
            var cell = row.GetProperty("cells").GetProperty("2005-07");
            var expected = cell.TryGetProperty("suppressed", out _) ? ",,true,<6," : $",{cell.GetProperty("count").GetInt32()},{cell.GetProperty("percent").GetInt32()},false,,";
            lines.ShouldContain(l => l.StartsWith($"2005-07,{hash},T2,", StringComparison.Ordinal)
                && l.Contains($",cell,{row.GetProperty("key").GetString()},", StringComparison.Ordinal)
                && l.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("html")]
    [InlineData("xlsx")]
    [InlineData("docx")]
    [InlineData("csv")]
    public void Other_formats_are_written_to_the_output_file(string format)
    {
        var output = _dir.File("report." + format);

        var run = CliRun.Of("report", "--db", Db, "--comparators", SampleData.Comparators, "--period", "2005-07", "--format", format, "--output", output);

        run.ExitCode.ShouldBe(0, run.ToString());
        new FileInfo(output).Length.ShouldBeGreaterThan(1000);
        File.Exists(output + ".partial").ShouldBeFalse();
    }

    [Fact]
    public void A_report_leaves_the_stored_data_as_it_was()
    {
        var before = CliRun.Of("export", "notifications", _dir.File("before.csv"), "--db", Db);
        CliRun.Of("report", "--db", Db, "--format", "json").ExitCode.ShouldBe(0);
        var audit = CliRun.Of("audit", "--db", Db);
        var after = CliRun.Of("export", "notifications", _dir.File("after.csv"), "--db", Db);

        before.ExitCode.ShouldBe(0);
        after.ExitCode.ShouldBe(0);
        File.ReadAllBytes(_dir.File("after.csv")).ShouldBe(File.ReadAllBytes(_dir.File("before.csv")));
        audit.Out.ShouldContain("2 of 2 audit entries shown");
    }

    [Fact]
    public void An_invalid_input_file_makes_the_report_exit_2_with_its_problems()
    {
        var bad = _dir.File("bad.csv");
        File.WriteAllLines(bad, [File.ReadLines(SampleData.Notifications).First(), "X1,2005-13-01,,,,,yes,,,,,,,,,,,,,,,,death,,,,,,,,,,,"]);

        var run = CliRun.Of("report", "--notifications", bad, "--format", "json");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldContain(line => line.StartsWith("line 2, column incident_date:", StringComparison.Ordinal));
    }
}
