using System.Globalization;
using System.Text.Json;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Validation;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.Research;

/// <summary>
/// What <c>caselens export research</c> writes opens in the real packages (issue 9, "What it must show" 4):
/// PSPP runs OUT.sps and R sources OUT.R; the frequencies of age group, gender and incident type over the
/// review cases match <c>caselens report</c> from the same store (T2's rows, T3's and T15's column n), under
/// the codebook's labels.
/// </summary>
public sealed class ResearchExportPackageTests : IClassFixture<SeededStore>, IDisposable
{
    private static readonly string[] Variables = ["age_group", "gender", "incident_type"];
    private readonly TempDirectory _dir = new();
    private readonly string _db;

    public ResearchExportPackageTests(SeededStore store)
    {
        _db = store.CopyTo(_dir.File("store.db"));
        var run = CliRun.Of("export", "research", _dir.File("extract.csv"), "--level", "deidentified", "--key-file", _dir.File("k.key"), "--db", _db);
        run.ExitCode.ShouldBe(0, run.ToString());
    }

    public void Dispose() => _dir.Dispose();

    [StatisticsPackageFact("pspp")]
    public void Pspp_runs_the_exported_syntax_with_its_labels_and_counts_as_the_report_does()
    {
        File.WriteAllText(_dir.File("check.sps"), $"""
            INSERT FILE='extract.sps'.
            SELECT IF (scr_status = {Position("scr_status", "yes")} AND MISSING(exclusion)).
            FREQUENCIES /VARIABLES={string.Join(' ', Variables)} /STATISTICS=NONE.
            """);

        ExternalProgram.Run("pspp", _dir.Path, "-O", "format=csv", "-o", "out.csv", "check.sps");
        var lines = File.ReadAllLines(_dir.File("out.csv"));

        foreach (var (variable, code, count) in Expected())
        {
            var table = Array.FindIndex(lines, l => l.StartsWith("Table: ", StringComparison.Ordinal) && l.Contains(VariableLabel(variable), StringComparison.Ordinal));
            table.ShouldBeGreaterThanOrEqualTo(0, $"no frequency table labelled {VariableLabel(variable)}");
            var row = lines.Skip(table + 1).TakeWhile(l => l.Length > 0).Select(l => l.Split(',')).FirstOrDefault(c => c.Contains(Label(variable, code)));
            row.ShouldNotBeNull($"no row labelled {Label(variable, code)} in {variable}'s table");
            int.Parse(row[Array.IndexOf(row, Label(variable, code)) + 1], CultureInfo.InvariantCulture).ShouldBe(count, $"{variable} {code}");
        }
    }

    [StatisticsPackageFact("Rscript")]
    public void R_sources_the_exported_script_with_labelled_factors_and_counts_as_the_report_does()
    {
        File.WriteAllText(_dir.File("check.R"), $$"""
            source("extract.R")
            cases <- data[data$scr_status %in% "{{Label("scr_status", "yes")}}" & is.na(data$exclusion), ]
            for (v in c({{string.Join(", ", Variables.Select(v => $"\"{v}\""))}})) {
              cat("label", v, attr(data[[v]], "label"), "\n", sep = "|")
              counts <- table(cases[[v]])
              for (level in names(counts)) cat("count", v, level, counts[[level]], "\n", sep = "|")
            }
            """);

        var output = ExternalProgram.Run("Rscript", _dir.Path, "check.R").Split('\n');

        foreach (var variable in Variables)
        {
            output.ShouldContain($"label|{variable}|{VariableLabel(variable)}|");
        }

        foreach (var (variable, code, count) in Expected())
        {
            output.ShouldContain($"count|{variable}|{Label(variable, code)}|{count.ToString(CultureInfo.InvariantCulture)}|");
        }
    }

    /// <summary>The report's counts of the review cases, from <c>caselens report --db</c>: T2's rows, T3's and T15's columns' n.</summary>
    private List<(string Variable, string Code, int Count)> Expected()
    {
        var run = CliRun.Of("report", "--db", _db, "--format", "json");
        run.ExitCode.ShouldBe(0, run.ToString());
        using var report = JsonDocument.Parse(run.Out);
        var tables = report.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.Clone());
        var expected = tables["T2"].GetProperty("rows").EnumerateArray()
            .Select(r => ("age_group", r.GetProperty("key").GetString()!, r.GetProperty("cells").GetProperty("2005-07").GetProperty("count").GetInt32()))
            .ToList();
        foreach (var (table, variable) in new[] { ("T3", "gender"), ("T15", "incident_type") })
        {
            expected.AddRange(tables[table].GetProperty("columns").EnumerateArray()
                .Where(c => c.GetProperty("source").GetString() == "cases")
                .Select(c => (variable, c.GetProperty("key").GetString()!, c.GetProperty("n").GetInt32())));
        }

        expected.Count.ShouldBeGreaterThan(8);
        return expected;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Codes(string variable) => variable == "age_group"
        ? [.. Codes<AgeGroup>.All.Select(a => new KeyValuePair<string, string>(Codes<AgeGroup>.Code(a), Codes<AgeGroup>.Label(a)))]
        : NotificationColumns.All.Single(c => c.Name == variable).Codes;

    private static string VariableLabel(string variable) => variable == "age_group"
        ? "Age at the incident (Table 2's groups)"
        : NotificationColumns.All.Single(c => c.Name == variable).Description;

    private static string Label(string variable, string code) => Codes(variable).Single(c => c.Key == code).Value;

    private static int Position(string variable, string code) => Codes(variable).Select(c => c.Key).ToList().IndexOf(code) + 1;
}
