using System.Diagnostics;
using System.Globalization;
using CaseLens.Reporting.Csv;
using CaseLens.Reporting.Tests.SampleReport;

namespace CaseLens.Reporting.Tests.Csv;

public sealed class TidyCsvSyntaxTests
{
    [Fact]
    public void The_codebook_names_every_column_of_the_csv_in_order() =>
        TidyCsvSyntax.Variables.Select(v => v.Name).ShouldBe(TidyCsvReportWriter.Header);

    [Fact]
    public void Pspp_and_R_read_the_sample_reports_csv_with_the_same_lines_of_each_kind()
    {
        var folder = Directory.CreateTempSubdirectory("caselens-tidy-").FullName;
        try
        {
            var csv = Path.Combine(folder, "report.csv");
            using (var stream = File.Create(csv))
            {
                new TidyCsvReportWriter().Write(SampleReportFactory.Report, stream);
            }

            using (var sps = File.CreateText(Path.Combine(folder, "report.sps")))
            {
                TidyCsvSyntax.WriteSpss("report.csv", sps);
            }

            using (var r = File.CreateText(Path.Combine(folder, "report.R")))
            {
                TidyCsvSyntax.WriteR("report.csv", r);
            }

            var lines = File.ReadAllLines(csv).Skip(1).ToList();
            var cells = lines.Count(l => l.Contains(",cell,", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(folder, "check.sps"), "INSERT FILE='report.sps'.\nFREQUENCIES /VARIABLES=kind /STATISTICS=NONE.\n");
            Run("pspp", folder, "-O", "format=csv", "-o", "out.csv", "check.sps");
            var pspp = File.ReadAllText(Path.Combine(folder, "out.csv"));
            pspp.ShouldContain("What the line is");
            pspp.ShouldContain(string.Create(CultureInfo.InvariantCulture, $",A cell,{cells},"));

            File.WriteAllText(Path.Combine(folder, "check.R"), "source(\"report.R\")\ncat(nrow(data), sum(data$kind == \"A cell\"), levels(data$kind), attr(data$count, \"label\"), sep = \"|\")\n");
            Run("Rscript", folder, "check.R").ShouldBe(string.Create(CultureInfo.InvariantCulture, $"{lines.Count}|{cells}|A cell|Not known (left out of n)|A note|Count"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Run(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue();
        process.ExitCode.ShouldBe(0, error.Result);
        return output.Result;
    }
}
