using System.Globalization;
using System.Text;
using CaseLens.Domain.Codebook;

namespace CaseLens.Interchange.Statistics;

/// <summary>
/// An R script that reads a CSV of <see cref="StatisticsCsvWriter"/> from the working directory into the
/// data frame <c>data</c>: each column with its class, categorical variables as factors labelled in the
/// codebook's order (<see cref="CodebookVariable.NotKnown"/> read as <c>NA</c>), and each variable's
/// label as its <c>label</c> attribute.
/// </summary>
public static class RScriptWriter
{
    public static void Write(IReadOnlyList<CodebookVariable> variables, string csvFileName, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        text.Append("# Written by CaseLens: reads ").Append(csvFileName).Append(" with its codebook into `data`.\n")
            .Append("# Run it from the folder that holds the CSV (for example Rscript file.R).\n")
            .Append("data <- read.csv(").Append(Quote(csvFileName)).Append(", fileEncoding = \"UTF-8\", na.strings = \"\", check.names = FALSE,\n")
            .Append("  colClasses = c(").Append(string.Join(", ", variables.Select(v => $"{Quote(v.Name)} = {Quote(v.Kind switch { VariableKind.Categorical or VariableKind.Number => "integer", VariableKind.Decimal => "numeric", _ => "character" })}"))).Append("))\n");
        foreach (var v in variables)
        {
            var column = $"data[[{Quote(v.Name)}]]";
            if (v.Kind == VariableKind.Categorical)
            {
                text.Append(column).Append("[").Append(column).Append(" == ").Append(Whole(CodebookVariable.NotKnown)).Append("] <- NA\n")
                    .Append(column).Append(" <- factor(").Append(column).Append(", levels = 1:").Append(Whole(v.Codes.Count))
                    .Append(", labels = c(").Append(string.Join(", ", v.Codes.Select(c => Quote(c.Value)))).Append("))\n");
            }
            else if (v.Kind == VariableKind.CodedText)
            {
                text.Append(column).Append(" <- factor(").Append(column).Append(", levels = c(").Append(string.Join(", ", v.Codes.Select(c => Quote(c.Key))))
                    .Append("), labels = c(").Append(string.Join(", ", v.Codes.Select(c => Quote(c.Value)))).Append("))\n");
            }

            text.Append("attr(").Append(column).Append(", \"label\") <- ").Append(Quote(v.Label)).Append('\n');
        }

        output.Write(text.ToString());
    }

    /// <summary>An R string literal: double quotes, backslash and quote escaped.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
