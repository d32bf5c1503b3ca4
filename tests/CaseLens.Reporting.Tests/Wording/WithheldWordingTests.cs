using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Json;
using CaseLens.Reporting.Tests.Json;
using CaseLens.Reporting.Wording;

namespace CaseLens.Reporting.Tests.Wording;

public sealed class WithheldWordingTests
{
    private static readonly ReportTable Table = new()
    {
        Id = "T4",
        Title = "Ethnicity",
        Columns = [new ReportColumn("2005-07", "Frequency 2005-07", null)],
        Rows = [new ReportRow("white", "White", new Dictionary<string, Cell> { ["2005-07"] = new() { Suppressed = true, Display = "c" } })],
        NotKnown = new Dictionary<string, int>(),
        Notes = new Dictionary<string, int> { ["unclear"] = 7 },
        Withheld = new Dictionary<string, string> { ["n/2005-07"] = "c", ["not_known/2005-07"] = "<6", ["notes/other"] = "c" },
    };

    [Fact]
    public void A_withheld_n_shows_its_mark_in_the_heading() =>
        ColumnHeading.Full(Table, Table.Columns[0]).ShouldBe("Frequency 2005-07 (n=c)");

    [Fact]
    public void Withheld_not_known_counts_and_notes_show_their_marks_under_the_table()
    {
        var lines = TableNotes.Lines(Table);

        lines.ShouldContain("Not known (left out of n): Frequency 2005-07 <6.");
        lines.ShouldContain("Left out by definition (neither in n nor not known): unclear 7; other c.");
        TableNotes.UsesSuppression(Table).ShouldBeTrue();
        TableNotes.SuppressionLegend(Table).ShouldContain("“<6”: a count from 1 to 5");
        TableNotes.SuppressionLegend(Table).ShouldContain("“c”: withheld so that a small number cannot be worked out");
    }

    [Fact]
    public void Withheld_numbers_go_through_json_and_back()
    {
        var report = new Report { Tables = [Table], Provenance = Json.SampleReport.Report.Provenance };

        var json = ScrReportJsonWriter.ToJson(report);
        var back = ScrReportJsonReader.Read(json);

        back.Problems.ShouldBeEmpty();
        back.Report!.Tables[0].Withheld.ShouldBe(Table.Withheld);
        CommittedSchema.Evaluate(json).IsValid.ShouldBeTrue();
    }
}
