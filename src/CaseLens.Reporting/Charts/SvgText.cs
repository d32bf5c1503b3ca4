using System.Text.RegularExpressions;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// Makes an SVG document safe to place inline beside others in one HTML page: drops the XML
/// declaration and prefixes every id (and every reference to it) with the figure's id, so that
/// two charts' clip paths cannot point at each other.
/// </summary>
internal static partial class SvgText
{
    public static string Scoped(string svg, string prefix)
    {
        var text = XmlDeclaration().Replace(svg, string.Empty).Trim();
        text = IdAttribute().Replace(text, m => $"id=\"{prefix}-{m.Groups[1].Value}\"");
        text = UrlReference().Replace(text, m => $"url(#{prefix}-{m.Groups[1].Value})");
        return HrefReference().Replace(text, m => $"{m.Groups[1].Value}=\"#{prefix}-{m.Groups[2].Value}\"");
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex HrefReference();
}
