using System.Globalization;
using System.Text;
using CaseLens.Domain.Codebook;

namespace CaseLens.Interchange.Statistics;

/// <summary>
/// SPSS syntax (<c>.sps</c>, also run by GNU PSPP) that reads a CSV of <see cref="StatisticsCsvWriter"/>
/// from the working directory: each variable with its type and width, its label, the value labels of
/// its codes in codebook order, and <see cref="CodebookVariable.NotKnown"/> declared missing.
/// </summary>
public static class SpssSyntaxWriter
{
    /// <param name="rows">The data, to size the text variables.</param>
    public static void Write(IReadOnlyList<CodebookVariable> variables, IEnumerable<IReadOnlyList<string>> rows, string csvFileName, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = variables.Select(_ => 1).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < variables.Count; i++)
            {
                widths[i] = Math.Max(widths[i], Encoding.UTF8.GetByteCount(row[i]));
            }
        }

        Write(variables, widths, csvFileName, output);
    }

    /// <param name="widths">The width in bytes of each text variable (longer text is cut).</param>
    public static void Write(IReadOnlyList<CodebookVariable> variables, IReadOnlyList<int> widths, string csvFileName, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(output);

        var text = new StringBuilder();
        text.Append("* Written by CaseLens: reads ").Append(csvFileName).Append(" with its codebook (labels, value labels, missing values).\n")
            .Append("* Run it from the folder that holds the CSV.\n")
            .Append("GET DATA\n  /TYPE=TXT\n  /FILE=").Append(Quote(csvFileName)).Append("\n  /ENCODING='UTF8'\n")
            .Append("  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n  /VARIABLES=\n");
        for (var i = 0; i < variables.Count; i++)
        {
            text.Append("    ").Append(variables[i].Name).Append(' ').Append(Format(variables[i], widths[i])).Append('\n');
        }

        text.Append(".\nVARIABLE LABELS\n");
        text.Append(string.Join("\n  /", variables.Select(v => $"  {v.Name} {Quote(v.Label)}")).TrimStart()).Append(".\n");
        var labelled = variables.Where(v => v.Codes.Count > 0).ToList();
        if (labelled.Count > 0)
        {
            text.Append("VALUE LABELS\n  ");
            text.Append(string.Join("\n  /", labelled.Select(ValueLabels))).Append(".\n");
        }

        var missing = variables.Where(v => v.Kind == VariableKind.Categorical).Select(v => v.Name).ToList();
        if (missing.Count > 0)
        {
            text.Append("MISSING VALUES ").Append(string.Join(' ', missing)).Append(" (").Append(Whole(CodebookVariable.NotKnown)).Append(").\n");
        }

        text.Append("EXECUTE.\n");
        output.Write(text.ToString());
    }

    private static string Format(CodebookVariable variable, int width) => variable.Kind switch
    {
        VariableKind.Categorical => "F4.0",
        VariableKind.Number => "F8.0",
        VariableKind.Decimal => "F10.2",
        _ => "A" + Whole(Math.Min(width, 32767)),
    };

    private static string ValueLabels(CodebookVariable variable)
    {
        var labels = variable.Kind == VariableKind.Categorical
            ? variable.Codes.Select((c, i) => $"{Whole(i + 1)} {Quote(c.Value)}").Append($"{Whole(CodebookVariable.NotKnown)} {Quote(CodebookVariable.NotKnownLabel)}")
            : variable.Codes.Select(c => $"{Quote(c.Key)} {Quote(c.Value)}");
        return variable.Name + " " + string.Join(' ', labels);
    }

    /// <summary>An SPSS string literal: single quotes, a quote inside doubled.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "'";

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
