using CaseLens.Interchange.Xlsx;

namespace CaseLens.Interchange.Tests.Xlsx;

public class CellReferenceTests
{
    [Theory]
    [InlineData(1, 1, "A1")]
    [InlineData(26, 2, "Z2")]
    [InlineData(27, 3, "AA3")]
    [InlineData(52, 10, "AZ10")]
    [InlineData(703, 1048576, "AAA1048576")]
    [InlineData(16384, 7, "XFD7")]
    public void A_cell_is_named_by_its_column_letters_and_row(int column, long row, string expected) =>
        CellReference.Of(column, row).ShouldBe(expected);

    [Fact]
    public void Columns_and_rows_count_from_one()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => CellReference.Of(0, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => CellReference.Of(1, 0));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(26, 2)]
    [InlineData(27, 3)]
    [InlineData(703, 1048576)]
    [InlineData(16384, 7)]
    public void A_reference_reads_back_as_its_0_based_column(int column, long row) =>
        CellReference.ColumnIndexOf(CellReference.Of(column, row)).ShouldBe(column - 1);
}
