using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseLens.Reporting.Xlsx;

/// <summary>The workbook's cell formats; each constant is an index into the style sheet's cell formats.</summary>
internal static class XlsxStyle
{
    public const uint Normal = 0;
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint Whole = 3;
    public const uint Percent = 4;
    public const uint OneDecimal = 5;
    public const uint SubRowLabel = 6;
    public const uint Suppressed = 7;
    public const uint Note = 8;
    public const uint Bold = 9;

    private const uint OneDecimalFormatId = 164;

    public static Stylesheet Sheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = OneDecimalFormatId, FormatCode = "0.0" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 10 }, new FontName { Val = "Calibri" }))
        { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE6F1" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0),
            Format(0, 1),
            Format(0, 2, fill: 2, alignment: new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top }),
            Format(1, 0),
            Format(9, 0),
            Format(OneDecimalFormatId, 0),
            Format(0, 0, alignment: new Alignment { Indent = 2 }),
            Format(0, 0, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Right }),
            Format(0, 3),
            Format(0, 2))
        { Count = 10 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Format(uint numberFormat, uint font, uint fill = 0, Alignment? alignment = null)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyFont = font != 0 ? BooleanValue.FromBoolean(true) : null,
            ApplyFill = fill != 0 ? BooleanValue.FromBoolean(true) : null,
        };
        if (alignment is not null)
        {
            format.Append(alignment);
            format.ApplyAlignment = true;
        }

        return format;
    }
}
