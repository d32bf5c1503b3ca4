using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace CaseLens.Reporting.Docx;

/// <summary>A PNG placed inline in its own paragraph, scaled to the text width, with alternative text.</summary>
internal static class DocxPicture
{
    private const long EmuPerPixel = 9525;

    /// <summary>16 cm, the text width of an A4 page with 2.5 cm margins.</summary>
    private const long MaxWidthEmu = 5_760_000;

    public static Paragraph Inline(DocxMedia media, byte[] png, int widthPx, int heightPx, uint id, string name, string description)
    {
        var relationshipId = media.Add(png);
        var cx = widthPx * EmuPerPixel;
        var cy = heightPx * EmuPerPixel;
        if (cx > MaxWidthEmu)
        {
            cy = cy * MaxWidthEmu / cx;
            cx = MaxWidthEmu;
        }

        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png", Description = description },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };

        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Figure }),
            new Run(new Drawing(inline)));
    }
}
