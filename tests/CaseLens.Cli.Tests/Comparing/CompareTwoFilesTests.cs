using System.Text.Json;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.Comparing;

public sealed class CompareTwoFilesTests(SplitSample split, SeededStore store) : IClassFixture<SplitSample>, IClassFixture<SeededStore>
{
    private CliRun TwoFiles(params string[] more) =>
        CliRun.Of(["compare", "--notifications", split.First.Path, "--with", split.Second.Path, "--format", "json", .. more]);

    private static JsonElement Table(JsonDocument document, string id) =>
        document.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);

    [Fact]
    public void Two_study_years_give_an_scr_comparison_labelled_by_their_spans_with_the_notification_table_ids()
    {
        var run = TwoFiles();

        run.ExitCode.ShouldBe(0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        root.GetProperty("format").GetString().ShouldBe("scr-comparison/1");
        root.GetProperty("a").GetProperty("label").GetString().ShouldBe("2005-06");
        root.GetProperty("b").GetProperty("label").GetString().ShouldBe("2006-07");
        var hashA = root.GetProperty("a").GetProperty("hash").GetString()!;
        var hashB = root.GetProperty("b").GetProperty("hash").GetString()!;
        hashA.ShouldMatch("^[0-9a-f]{64}$");
        hashB.ShouldMatch("^[0-9a-f]{64}$");
        hashA.ShouldNotBe(hashB);
        var ids = root.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        ids.ShouldContain("T2");
        ids.ShouldContain("T14");
        ids.ShouldContain("T17");
        ids.ShouldContain("T8");
        ids.ShouldBeUnique();
    }

    [Fact]
    public void Multi_response_tables_are_listed_as_not_tested_with_the_reason()
    {
        var run = TwoFiles();

        run.ExitCode.ShouldBe(0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var t8 = Table(document, "T8");
        t8.GetProperty("test").GetString().ShouldBe("not-tested");
        t8.GetProperty("p").ValueKind.ShouldBe(JsonValueKind.Null);
        t8.GetProperty("reason").GetString()!.ShouldContain("multi-response");
    }

    [Fact]
    public void Incident_type_is_tested_with_the_two_by_two_chi_square_of_the_review_cases_of_each_year()
    {
        // The base of Table 14 (report-tables.md): status yes and no exclusion; counted here, not by CaseLens.
        static (int Deaths, int Injuries) Count(IReadOnlyList<Notification> records)
        {
            var cases = records.Where(n => n.ScrStatus == ScrStatus.Yes && n.Exclusion is null).ToList();
            return (cases.Count(n => n.IncidentType == IncidentType.Death), cases.Count(n => n.IncidentType == IncidentType.SeriousInjury));
        }

        var (a, c) = Count(split.First.Records);
        var (b, d) = Count(split.Second.Records);
        double n = a + b + c + d;
        var expected = n * Math.Pow(((double)a * d) - ((double)b * c), 2) / ((double)(a + b) * (c + d) * (a + c) * (b + d));

        var run = TwoFiles();

        run.ExitCode.ShouldBe(0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var t14 = Table(document, "T14");
        t14.GetProperty("test").GetString().ShouldBe("chi-square");
        t14.GetProperty("df").GetInt32().ShouldBe(1);
        t14.GetProperty("statistic").GetDouble().ShouldBe(expected, 1e-9);
    }

    [Fact]
    public void Period_options_name_the_two_data_sets()
    {
        var run = TwoFiles("--period", "early", "--with-period", "late");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        document.RootElement.GetProperty("a").GetProperty("label").GetString().ShouldBe("early");
        document.RootElement.GetProperty("b").GetProperty("label").GetString().ShouldBe("late");
        Table(document, "T2").GetProperty("test").GetString().ShouldNotBe("not-tested");
    }

    [Fact]
    public void Filters_apply_to_both_data_sets()
    {
        using var all = JsonDocument.Parse(TwoFiles().Out);
        var run = TwoFiles("--incident-type", "death");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var deaths = JsonDocument.Parse(run.Out);
        foreach (var side in new[] { "a", "b" })
        {
            deaths.RootElement.GetProperty(side).GetProperty("hash").GetString()
                .ShouldNotBe(all.RootElement.GetProperty(side).GetProperty("hash").GetString(), side);
        }
    }

    [Fact]
    public void The_store_as_first_data_set_gives_the_same_comparison_as_the_file_it_was_imported_from()
    {
        var fromStore = CliRun.Of("compare", "--db", store.Template, "--with", split.Second.Path, "--format", "json");
        var fromFile = CliRun.Of("compare", "--notifications", SampleData.Notifications, "--with", split.Second.Path, "--format", "json");

        fromStore.ExitCode.ShouldBe(0, fromStore.ToString());
        fromFile.ExitCode.ShouldBe(0, fromFile.ToString());
        fromStore.Out.ShouldBe(fromFile.Out);
        using var document = JsonDocument.Parse(fromStore.Out);
        document.RootElement.GetProperty("a").GetProperty("label").GetString().ShouldBe("2005-07");
    }
}
