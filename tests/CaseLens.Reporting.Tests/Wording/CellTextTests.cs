using CaseLens.Analysis.Reports;
using CaseLens.Reporting.Wording;

namespace CaseLens.Reporting.Tests.Wording;

public class CellTextTests
{
    [Fact]
    public void Count_and_percent_read_as_count_then_percent_in_brackets() =>
        CellText.Format(Cell.Of(86, 46)).ShouldBe("86 (46%)");

    [Fact]
    public void Count_only_reads_as_the_count() => CellText.Format(Cell.Of(30)).ShouldBe("30");

    [Fact]
    public void Percent_only_reads_as_the_percent() => CellText.Format(new Cell { Percent = 6 }).ShouldBe("6%");

    [Fact]
    public void Suppressed_cell_reads_as_its_mark_even_when_a_count_was_left_on_it() =>
        CellText.Format(new Cell { Suppressed = true, Display = "<6", Count = 3, Percent = 2 }).ShouldBe("<6");

    [Fact]
    public void Suppressed_cell_without_a_display_reads_as_the_default_mark() =>
        CellText.Format(new Cell { Suppressed = true }).ShouldBe(CellText.DefaultSuppressedMark);

    [Fact]
    public void Table21_cell_reads_as_median_with_range_and_n() =>
        CellText.Format(new Cell { Median = 4.25, Min = 0.1, Max = 40, N = 50 }).ShouldBe("4.3 (0.1–40.0; n=50)");

    [Fact]
    public void Missing_cell_reads_as_empty() => CellText.Format(null).ShouldBe(string.Empty);
}
