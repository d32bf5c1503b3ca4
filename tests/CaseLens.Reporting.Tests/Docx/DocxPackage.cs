using System.IO.Compression;
using System.Xml.Linq;

namespace CaseLens.Reporting.Tests.Docx;

/// <summary>A written .docx opened as a zip: its document and styles as XML, and its media files.</summary>
internal sealed class DocxPackage
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public DocxPackage(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Document = Load(zip, "word/document.xml");
        Styles = Load(zip, "word/styles.xml");
        Media = zip.Entries.Where(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal)).Select(e => e.FullName).ToList();
        MediaBytes = zip.Entries.Where(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal))
            .Select(e =>
            {
                using var s = e.Open();
                using var copy = new MemoryStream();
                s.CopyTo(copy);
                return copy.ToArray();
            }).ToList();
    }

    public XDocument Document { get; }

    public XDocument Styles { get; }

    public IReadOnlyList<string> Media { get; }

    public IReadOnlyList<byte[]> MediaBytes { get; }

    public IEnumerable<XElement> Body => Document.Root!.Element(W + "body")!.Elements();

    public static string? StyleOf(XElement paragraph) =>
        (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");

    public static string TextOf(XElement element) => string.Concat(element.Descendants(W + "t").Select(t => t.Value));

    /// <summary>The table right after the caption paragraph with this text.</summary>
    public XElement TableAfter(string caption)
    {
        var paragraph = Body.Single(e => e.Name == W + "p" && StyleOf(e) == "Caption" && TextOf(e) == caption);
        var next = paragraph.ElementsAfterSelf().First();
        next.Name.ShouldBe(W + "tbl", $"no table after \"{caption}\"");
        return next;
    }

    /// <summary>A table's rows as lists of cell texts.</summary>
    public static List<List<string>> Cells(XElement table) =>
        table.Elements(W + "tr").Select(tr => tr.Elements(W + "tc").Select(TextOf).ToList()).ToList();

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
