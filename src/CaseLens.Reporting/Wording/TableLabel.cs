using System.Text.RegularExpressions;
using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Wording;

/// <summary>
/// The name a table is captioned with: <c>T2</c> is "Table 2" as in the seed; every other id is
/// "Table &lt;id&gt;" (<c>A6</c> "Table A6", <c>F3</c> "Table F3", <c>TM</c> "Table TM"), so that the data of a
/// figure is never captioned like the figure itself.
/// </summary>
public static partial class TableLabel
{
    public static string Number(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var match = Numbered().Match(id);
        return match.Success ? "Table " + match.Groups["n"].Value : "Table " + id;
    }

    /// <summary>The caption: "Table 2: Age at time of incident, …".</summary>
    public static string Caption(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"{Number(table.Id)}: {table.Title}";
    }

    [GeneratedRegex("^T(?<n>[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
