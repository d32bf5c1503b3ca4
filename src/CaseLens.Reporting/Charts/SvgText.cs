using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseLens.Reporting.Charts;

/// <summary>
/// Makes an SVG document safe to place inline beside others in one HTML page: drops the XML
/// declaration and renames every id (and every reference to it) to the figure's id and the id's
/// place in the document, so that two charts' clip paths cannot point at each other and the same
/// report renders to the same bytes (the chart library numbers its clip paths from a process-wide
/// counter); adds a view box so that it scales.
/// </summary>
internal static partial class SvgText
{
    public static string Scoped(string svg, string prefix, int width, int height)
    {
        var text = XmlDeclaration().Replace(svg, string.Empty).Trim();
        if (!text.Contains("viewBox", StringComparison.Ordinal) && text.StartsWith("<svg", StringComparison.Ordinal))
        {
            // A view box lets the page scale the chart down to its column without cropping it.
            text = $"<svg viewBox=\"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}\"{text[4..]}";
        }

        // Where DejaVu Sans is not installed (most Windows and Mac machines) the page falls back to a similar sans-serif.
        text = text.Replace($"font-family=\"{ChartPalette.Font}\"", $"font-family=\"{ChartPalette.Font}, Verdana, Arial, sans-serif\"", StringComparison.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match id in IdAttribute().Matches(text))
        {
            names.TryAdd(id.Groups[1].Value, string.Create(CultureInfo.InvariantCulture, $"{prefix}-{names.Count + 1}"));
        }

        string Name(string id) => names.TryGetValue(id, out var name) ? name : $"{prefix}-{id}";
        text = IdAttribute().Replace(text, m => $"id=\"{Name(m.Groups[1].Value)}\"");
        text = UrlReference().Replace(text, m => $"url(#{Name(m.Groups[1].Value)})");
        return HrefReference().Replace(text, m => $"{m.Groups[1].Value}=\"#{Name(m.Groups[2].Value)}\"");
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
