using System.Globalization;
using CaseLens.Domain.Validation;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// Checks a header row against a format's column catalogue: every unknown, repeated and missing
/// required column is reported, and a header that is one cell holding another separator is named
/// as a wrong delimiter.
/// </summary>
internal static class HeaderCheck
{
    private static readonly char[] OtherSeparators = [';', '\t', '|'];

    public static List<ImportProblem> Check(int line, string[] names, IReadOnlyList<ColumnDefinition> columns)
    {
        var problems = new List<ImportProblem>();
        if (names.Length == 1 && names[0].IndexOfAny(OtherSeparators) is var at and >= 0)
        {
            var separator = names[0][at] == '\t' ? "tabs" : $"'{names[0][at]}'";
            problems.Add(new ImportProblem(
                line,
                null,
                $"the header is a single column separated by {separator}; this format needs commas (',') between columns"));
            return problems;
        }

        var known = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (name.Length == 0)
            {
                problems.Add(new ImportProblem(
                    line, null, string.Create(CultureInfo.InvariantCulture, $"header column {i + 1} has no name")));
            }
            else if (!known.ContainsKey(name))
            {
                problems.Add(new ImportProblem(line, name, Unknown(name, columns)));
            }
            else if (!seen.Add(name))
            {
                problems.Add(new ImportProblem(line, name, "the column appears more than once in the header"));
            }
        }

        foreach (var column in columns.Where(c => c.Required && !seen.Contains(c.Name)))
        {
            problems.Add(new ImportProblem(line, column.Name, "required column is missing from the header"));
        }

        return problems;
    }

    private static string Unknown(string name, IReadOnlyList<ColumnDefinition> columns)
    {
        var near = columns.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return near is null
            ? "unknown column; expected only: " + string.Join(", ", columns.Select(c => c.Name))
            : $"unknown column (column names are case-sensitive and have no spaces); did you mean {near.Name}?";
    }
}
