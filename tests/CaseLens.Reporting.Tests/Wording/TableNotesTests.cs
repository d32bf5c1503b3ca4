using CaseLens.Reporting.Wording;

namespace CaseLens.Reporting.Tests.Wording;

public class TableNotesTests
{
    [Fact]
    public void Not_known_is_listed_with_its_column()
    {
        TableNotes.Lines(ReportBuilders.T4()).ShouldContain(l => l.Contains("Frequency 2005-07 16", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_left_out_by_definition_are_listed()
    {
        TableNotes.Lines(ReportBuilders.T7()).ShouldContain(l => l.StartsWith("Left out", StringComparison.Ordinal) && l.Contains("unclear 6", StringComparison.Ordinal));
    }

    [Fact]
    public void Suppression_legend_only_when_a_cell_is_suppressed()
    {
        TableNotes.Lines(ReportBuilders.T2()).ShouldContain(l => l.Contains("“<6”", StringComparison.Ordinal));
        TableNotes.Lines(ReportBuilders.T3()).ShouldNotContain(l => l.Contains("withheld", StringComparison.Ordinal));
    }

    [Fact]
    public void Row_percentages_sub_rows_and_comparators_are_explained()
    {
        TableNotes.Lines(ReportBuilders.T15()).ShouldContain("Percentages are of each row.");
        TableNotes.Lines(ReportBuilders.T17()).ShouldContain(l => l.Contains("Head injury, under 1 year", StringComparison.Ordinal));
        TableNotes.Lines(ReportBuilders.T17()).ShouldContain(l => l.StartsWith(ColumnHeading.ComparatorMark, StringComparison.Ordinal));
    }

    [Fact]
    public void Statistics_cells_are_explained()
    {
        TableNotes.Lines(ReportBuilders.T21()).ShouldContain(l => l.StartsWith("Each cell: median", StringComparison.Ordinal));
        TableNotes.Lines(ReportBuilders.T2()).ShouldNotContain(l => l.StartsWith("Each cell: median", StringComparison.Ordinal));
    }
}
