using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseLens.Interchange.Xlsx;

/// <summary>The workbook's few cell styles: plain, ISO date, bold header.</summary>
internal static class SheetStyles
{
    public const uint Plain = 0;
    public const uint Date = 1;
    public const uint Header = 2;

    private const uint IsoDateFormat = 164;

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = IsoDateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = IsoDateFormat, ApplyNumberFormat = BooleanValue.FromBoolean(true) },
            new CellFormat { FontId = 1, ApplyFont = BooleanValue.FromBoolean(true) }) { Count = 3 });
}
