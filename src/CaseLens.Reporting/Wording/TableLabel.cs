using System.Text.RegularExpressions;
using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Wording;

/// <summary>
/// The seed's name for a table id: <c>T2</c> is "Table 2", <c>A6</c> "Table A6", <c>F3</c> "Figure 3",
/// <c>TM</c> "Figure 9" (the threshold map), <c>AP2</c> "Appendix 2"; any other id is "Table &lt;id&gt;".
/// </summary>
public static partial class TableLabel
{
    public static string Number(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id == "TM")
        {
            return "Figure 9";
        }

        if (id.StartsWith("AP", StringComparison.Ordinal) && id.Length > 2)
        {
            return "Appendix " + id[2..];
        }

        var match = Numbered().Match(id);
        if (!match.Success)
        {
            return "Table " + id;
        }

        return match.Groups["kind"].Value switch
        {
            "T" => "Table " + match.Groups["n"].Value,
            "F" => "Figure " + match.Groups["n"].Value,
            _ => "Table " + id,
        };
    }

    /// <summary>The caption: "Table 2: Age at time of incident, …".</summary>
    public static string Caption(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"{Number(table.Id)}: {table.Title}";
    }

    [GeneratedRegex("^(?<kind>[TF])(?<n>[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
