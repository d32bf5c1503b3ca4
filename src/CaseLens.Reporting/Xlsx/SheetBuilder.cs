using CaseLens.Interchange.Xlsx;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseLens.Reporting.Xlsx;

/// <summary>
/// Builds one worksheet's rows: text goes to the shared string table, numbers are numeric cells,
/// and nothing is ever a formula.
/// </summary>
internal sealed class SheetBuilder(SharedStrings strings)
{
    private readonly SheetData _data = new();
    private readonly List<string> _merges = [];
    private Row? _row;

    public uint RowIndex { get; private set; }

    public SheetData Data => _data;

    public IReadOnlyList<string> Merges => _merges;

    public SheetBuilder NextRow()
    {
        RowIndex++;
        _row = new Row { RowIndex = RowIndex };
        _data.Append(_row);
        return this;
    }

    public SheetBuilder Text(int column, string text, uint style = XlsxStyle.Normal)
    {
        Current().Append(new Cell
        {
            CellReference = CellReference.Of(column, RowIndex),
            DataType = CellValues.SharedString,
            CellValue = new CellValue(strings.IndexOf(text)),
            StyleIndex = style,
        });
        return this;
    }

    public SheetBuilder Number(int column, double value, uint style)
    {
        Current().Append(new Cell
        {
            CellReference = CellReference.Of(column, RowIndex),
            DataType = CellValues.Number,
            CellValue = new CellValue(value),
            StyleIndex = style,
        });
        return this;
    }

    /// <summary>Merges the current row's cells from one column to another (1-based, inclusive).</summary>
    public void Merge(int from, int to)
    {
        if (to > from)
        {
            _merges.Add($"{CellReference.Of(from, RowIndex)}:{CellReference.Of(to, RowIndex)}");
        }
    }

    private Row Current() => _row ?? throw new InvalidOperationException("Call NextRow before adding cells.");
}
