using System.Globalization;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Research;
using CaseLens.Analysis.Tests.Disclosure;
using CaseLens.TestKit;

namespace CaseLens.Analysis.Tests.Research;

/// <summary>
/// The extract opens in the real packages (PSPP and R from Debian's packages): the frequencies of age
/// group, gender and incident type over the review cases match the report (T2's rows, T3's and T15's
/// column n), under the codebook's labels.
/// </summary>
public sealed class StatisticsPackageTests
{
    private static readonly ResearchExtract Extract = ExtractSample.Of(ExtractSample.Deidentified);

    [StatisticsPackageFact("pspp")]
    public void Pspp_reads_the_extract_with_its_labels_and_counts_as_the_report_does()
    {
        using var files = new ExtractFiles(Extract);
        var yes = Position("scr_status", "yes");
        File.WriteAllText(Path.Combine(files.Folder, "check.sps"), $"""
            INSERT FILE='extract.sps'.
            SELECT IF (scr_status = {yes} AND MISSING(exclusion)).
            FREQUENCIES /VARIABLES=age_group gender incident_type /STATISTICS=NONE.
            """);

        var output = ExternalProgram.Run("pspp", files.Folder, "-O", "format=csv", "-o", "out.csv", "check.sps");
        var csv = File.ReadAllText(Path.Combine(files.Folder, "out.csv"));

        csv.ShouldContain(Extract.Variables.Single(v => v.Name == "age_group").Label);
        foreach (var (variable, code, count) in Expected())
        {
            var label = Label(variable, code);
            csv.ShouldContain(label);
            Frequency(csv, variable, label).ShouldBe(count, $"{variable} {code} {output}");
        }
    }

    [StatisticsPackageFact("Rscript")]
    public void R_reads_the_extract_with_factors_in_codebook_order_and_counts_as_the_report_does()
    {
        using var files = new ExtractFiles(Extract);
        File.WriteAllText(Path.Combine(files.Folder, "check.R"), $$"""
            source("extract.R")
            cases <- data[data$scr_status %in% "{{Label("scr_status", "yes")}}" & is.na(data$exclusion), ]
            for (v in c("age_group", "gender", "incident_type")) {
              cat("label", v, attr(data[[v]], "label"), "\n", sep = "|")
              cat("levels", v, levels(data[[v]]), "\n", sep = "|")
              counts <- table(cases[[v]])
              for (level in names(counts)) cat("count", v, level, counts[[level]], "\n", sep = "|")
            }
            """);

        var output = ExternalProgram.Run("Rscript", files.Folder, "check.R").Split('\n');

        foreach (var variable in new[] { "age_group", "gender", "incident_type" })
        {
            var codebook = Extract.Variables.Single(v => v.Name == variable);
            output.ShouldContain($"label|{variable}|{codebook.Label}|");
            output.ShouldContain($"levels|{variable}|{string.Join('|', codebook.Codes.Select(c => c.Value))}|");
        }

        foreach (var (variable, code, count) in Expected())
        {
            output.ShouldContain($"count|{variable}|{Label(variable, code)}|{count.ToString(CultureInfo.InvariantCulture)}|");
        }
    }

    /// <summary>The report's counts of the review cases: T2's rows, T3's columns' n, T15's columns' n.</summary>
    private static IEnumerable<(string Variable, string Code, int Count)> Expected()
    {
        var report = SeedData.Report.Report;
        foreach (var row in report.Find("T2")!.Rows)
        {
            yield return ("age_group", row.Key, row.Cells["2005-07"].Count!.Value);
        }

        foreach (var column in report.Find("T3")!.Columns.Where(c => c.Source == ColumnSource.Cases))
        {
            yield return ("gender", column.Key, column.N!.Value);
        }

        foreach (var column in report.Find("T15")!.Columns.Where(c => c.Source == ColumnSource.Cases))
        {
            yield return ("incident_type", column.Key, column.N!.Value);
        }
    }

    private static string Label(string variable, string code) =>
        Extract.Variables.Single(v => v.Name == variable).Codes.Single(c => c.Key == code).Value;

    private static int Position(string variable, string code) =>
        Extract.Variables.Single(v => v.Name == variable).Codes.Select(c => c.Key).ToList().IndexOf(code) + 1;

    /// <summary>The frequency PSPP gives a value label, read from the frequency table titled with the variable's label.</summary>
    private static int Frequency(string csv, string variable, string label)
    {
        // PSPP's CSV output: "Table: <variable label>", a header line, then rows ",<value label>,<frequency>,<percent>,…".
        var lines = csv.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith("Table: ", StringComparison.Ordinal) && l.Contains(Extract.Variables.Single(v => v.Name == variable).Label, StringComparison.Ordinal));
        start.ShouldBeGreaterThanOrEqualTo(0, csv);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.Length > 0))
        {
            var cells = line.Split(',');
            var at = Array.IndexOf(cells, label);
            if (at >= 0 && at + 1 < cells.Length)
            {
                return int.Parse(cells[at + 1], CultureInfo.InvariantCulture);
            }
        }

        throw new ShouldAssertException($"No frequency for {label} of {variable}.");
    }
}
