using System.Globalization;
using System.Text;
using CaseLens.Analysis.Tables;

namespace CaseLens.Analysis.Comparators;

/// <summary>
/// Reads a comparator file: UTF-8 CSV (RFC 4180) with the header <c>table,row,column,count,percent</c>;
/// count and percent are whole numbers (count ≥ 0, percent 0–100), either may be empty but not both.
/// Every problem is reported with the line its record starts on, the header being line 1.
/// </summary>
public static class ComparatorReader
{
    private static readonly string[] Header = ["table", "row", "column", "count", "percent"];

    public static ComparatorReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<ComparatorProblem>();
        var figures = new List<ComparatorFigure>();
        var seen = new HashSet<(string, string, string)>();
        var records = CsvRecords(reader.ReadToEnd(), problems);
        if (records.Count == 0)
        {
            problems.Add(new ComparatorProblem(1, null, $"the file is empty; expected the header {string.Join(',', Header)}"));
            return new ComparatorReadResult(null, problems);
        }

        var (headerLine, header) = records[0];
        if (header.Count > 0 && header[0].StartsWith('\uFEFF'))
        {
            header[0] = header[0][1..];
        }

        if (!header.SequenceEqual(Header, StringComparer.Ordinal))
        {
            problems.Add(new ComparatorProblem(headerLine, null, $"the header is '{string.Join(',', header)}'; expected {string.Join(',', Header)}"));
            return new ComparatorReadResult(null, problems);
        }

        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields is [""])
            {
                continue;
            }

            if (fields.Count != Header.Length)
            {
                problems.Add(new ComparatorProblem(line, null, string.Create(CultureInfo.InvariantCulture, $"{fields.Count} fields; expected {Header.Length}")));
                continue;
            }

            if (Figure(line, fields, problems) is { } figure)
            {
                if (seen.Add((figure.Table, figure.Row, figure.Column)))
                {
                    figures.Add(figure);
                }
                else
                {
                    problems.Add(new ComparatorProblem(line, null, $"a second figure for {figure.Table}, row {figure.Row}, column {figure.Column}"));
                }
            }
        }

        return problems.Count == 0
            ? new ComparatorReadResult(new ComparatorSet(figures), problems)
            : new ComparatorReadResult(null, problems);
    }

    private static ComparatorFigure? Figure(int line, List<string> fields, List<ComparatorProblem> problems)
    {
        var before = problems.Count;
        var (table, row, column) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim());
        if (!TableCatalog.Contains(table))
        {
            problems.Add(new ComparatorProblem(line, "table", $"unknown table '{table}'; expected one of {string.Join(' ', TableCatalog.Ids)}"));
        }
        else if (!TableCatalog.HasRow(table, row))
        {
            problems.Add(new ComparatorProblem(line, "row", $"'{row}' is not a row of {table}"));
        }

        if (column.Length == 0)
        {
            problems.Add(new ComparatorProblem(line, "column", "the column name is empty"));
        }

        var count = Number(line, "count", fields[3], int.MaxValue, problems);
        var percent = Number(line, "percent", fields[4], 100, problems);
        if (fields[3].Trim().Length == 0 && fields[4].Trim().Length == 0)
        {
            problems.Add(new ComparatorProblem(line, null, "neither a count nor a percent"));
        }

        return problems.Count == before ? new ComparatorFigure(table, row, column, count, percent, line) : null;
    }

    private static int? Number(int line, string name, string text, int max, List<ComparatorProblem> problems)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
        {
            return value;
        }

        problems.Add(new ComparatorProblem(line, name, $"'{text}' is not a whole number from 0 to {max.ToString(CultureInfo.InvariantCulture)}"));
        return null;
    }

    /// <summary>Splits RFC 4180 text into records, each with the line it starts on.</summary>
    private static List<(int Line, List<string> Fields)> CsvRecords(string text, List<ComparatorProblem> problems)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            problems.Add(new ComparatorProblem(recordLine, null, "a quoted field is not closed"));
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}
