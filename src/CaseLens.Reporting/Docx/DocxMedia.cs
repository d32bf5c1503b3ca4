using System.Globalization;
using System.IO.Packaging;

namespace CaseLens.Reporting.Docx;

/// <summary>
/// The document's pictures, stored where Word stores them (<c>word/media/imageN.png</c>). The Open XML
/// SDK's <c>AddImagePart</c> puts them at the package root (dotnet/Open-XML-SDK#1730), which some
/// converters do not follow, so the pictures are added with System.IO.Packaging once the SDK has saved
/// the document, under relationship ids the drawings already refer to.
/// </summary>
internal sealed class DocxMedia
{
    private const string ImageRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    private readonly List<(string RelationshipId, byte[] Png)> _images = [];

    /// <summary>Reserves a relationship id for a PNG; the picture is written by <see cref="AddTo"/>.</summary>
    public string Add(byte[] png)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"rIdCaseLensImage{_images.Count + 1}");
        _images.Add((id, png));
        return id;
    }

    /// <summary>Adds every reserved picture to the saved package in the stream.</summary>
    public void AddTo(Stream package)
    {
        if (_images.Count == 0)
        {
            return;
        }

        using var opened = Package.Open(package, FileMode.Open, FileAccess.ReadWrite);
        var document = opened.GetPart(new Uri("/word/document.xml", UriKind.Relative));
        for (var i = 0; i < _images.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"media/image{i + 1}.png");
            var part = opened.CreatePart(new Uri("/word/" + name, UriKind.Relative), "image/png", CompressionOption.NotCompressed);
            using (var content = part.GetStream(FileMode.Create, FileAccess.Write))
            {
                content.Write(_images[i].Png);
            }

            document.CreateRelationship(new Uri(name, UriKind.Relative), TargetMode.Internal, ImageRelationship, _images[i].RelationshipId);
        }
    }
}
