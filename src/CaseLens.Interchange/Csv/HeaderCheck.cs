using System.Globalization;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Validation;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// Checks a header row against a format's column catalogue: every unknown, repeated and missing
/// required column is reported, and a header that is one cell holding another separator is named
/// as a wrong delimiter. A problem never quotes the header's cells: a file without a header has a
/// record there, outline and all. It names the format's own columns, and a cell by its position.
/// </summary>
internal static class HeaderCheck
{
    private static readonly char[] OtherSeparators = [';', '\t', '|'];

    public static List<Problem> Check(int line, string[] names, IReadOnlyList<ColumnDefinition> columns)
    {
        var problems = new List<Problem>();
        if (names.Length == 1 && names[0].IndexOfAny(OtherSeparators) is var at and >= 0)
        {
            var separator = names[0][at] == '\t' ? "tabs" : $"'{names[0][at]}'";
            problems.Add(new Problem(
                "csv.header.separator",
                $"the header is a single column separated by {separator}; this format needs commas (',') between columns",
                line));
            return problems;
        }

        var known = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var position = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (name.Length == 0)
            {
                problems.Add(new Problem("csv.header.unnamed", $"header column {position} has no name", line, position));
            }
            else if (!known.ContainsKey(name))
            {
                problems.Add(new Problem("csv.header.unknown", Unknown(position, name, columns), line, position));
            }
            else if (!seen.Add(name))
            {
                problems.Add(new Problem("csv.header.repeated", "the column appears more than once in the header", line, name));
            }
        }

        foreach (var column in columns.Where(c => c.Required && !seen.Contains(c.Name)))
        {
            problems.Add(new Problem("csv.header.missing", "required column is missing from the header", line, column.Name));
        }

        return problems;
    }

    private static string Unknown(string position, string name, IReadOnlyList<ColumnDefinition> columns)
    {
        var near = columns.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return near is null
            ? $"header column {position} is not a column of this format (its text is not shown, in case it is a record); expected only: "
                + string.Join(", ", columns.Select(c => c.Name))
            : $"header column {position} is an unknown column (column names are case-sensitive and have no spaces); did you mean {near.Name}?";
    }
}
