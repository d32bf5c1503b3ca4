using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseLens.Reporting.Docx;

/// <summary>
/// The document's named styles, so that a board can restyle the whole report from Word's style pane:
/// Title, Heading 1, Caption, Table Grid, and paragraph styles for table text, numbers, sub-rows and notes.
/// Style ids are Word's own where Word has a built-in style of that meaning. Children are in schema order.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Caption = "Caption";
    public const string TableGrid = "TableGrid";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string TableNumber = "TableNumber";
    public const string TableSubRow = "TableSubRow";
    public const string TableNote = "TableNote";
    public const string Figure = "Figure";

    private const string Font = "Calibri";

    public static Styles Sheet() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", basedOn: null, isDefault: true),
        Paragraph(Title, "Title", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Bold(), new Color { Val = "1F4E79" }, new FontSize { Val = "40" })),
        Paragraph(Heading1, "heading 1", "Normal",
            new ParagraphProperties(new KeepNext(), new KeepLines(), new PageBreakBefore(), new SpacingBetweenLines { Before = "240", After = "160" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new Color { Val = "1F4E79" }, new FontSize { Val = "32" })),
        Paragraph(Caption, "caption", "Normal", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }),
            new StyleRunProperties(new Bold(), new Color { Val = "1F4E79" }, new FontSize { Val = "20" })),
        Paragraph(TableText, "Table Text", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "18" })),
        Paragraph(TableHeading, "Table Heading", TableText, new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold())),
        Paragraph(TableNumber, "Table Number", TableText, new ParagraphProperties(new Justification { Val = JustificationValues.Right })),
        Paragraph(TableSubRow, "Table Sub-row", TableText, new ParagraphProperties(new Indentation { Left = "284" }),
            new StyleRunProperties(new Italic())),
        Paragraph(TableNote, "Table Note", "Normal", new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
            new StyleRunProperties(new Color { Val = "404040" }, new FontSize { Val = "17" })),
        Paragraph(Figure, "Figure", "Normal", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "0" }, new Justification { Val = JustificationValues.Center })),
        TableGridStyle());

    /// <summary>Single thin borders on every edge and between every cell.</summary>
    public static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" });

    private static Style TableGridStyle() => new(
        new StyleName { Val = "Table Grid" },
        new BasedOn { Val = "TableNormal" },
        new UIPriority { Val = 59 },
        new StyleTableProperties(
            Borders(),
            new TableCellMarginDefault(
                new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = TableGrid,
    };

    private static Style Paragraph(string id, string name, string? basedOn, ParagraphProperties? paragraph = null, StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
