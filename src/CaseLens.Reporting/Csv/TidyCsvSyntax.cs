using CaseLens.Domain.Codebook;
using CaseLens.Interchange.Statistics;

namespace CaseLens.Reporting.Csv;

/// <summary>
/// The tidy report CSV's codebook (<see cref="TidyCsvReportWriter.Header"/>, in order) and the SPSS syntax
/// and R script that read it: <c>kind</c>, <c>sub_row</c>, <c>column_source</c> and <c>suppressed</c>
/// as labelled codes, counts as whole numbers, Table 21's statistics with decimals, the rest as text.
/// </summary>
public static class TidyCsvSyntax
{
    /// <summary>How wide a text variable is read (longer titles or labels are cut in SPSS only).</summary>
    private const int TextWidth = 255;

    private static readonly IReadOnlyList<KeyValuePair<string, string>> TrueFalse = [new("true", "Yes"), new("false", "No")];

    public static IReadOnlyList<CodebookVariable> Variables { get; } =
    [
        Text("period", "Period label of the data set"),
        Text("data_set_hash", "SHA-256 of the case records in scope"),
        Text("table_id", "Table id (docs/tables.md)"),
        Text("table_title", "Table title"),
        new("kind", "What the line is", VariableKind.CodedText,
            [new(TidyCsvReportWriter.CellKind, "A cell"), new(TidyCsvReportWriter.NotKnownKind, "Not known (left out of n)"), new(TidyCsvReportWriter.NoteKind, "A note")]),
        Text("row_key", "Row key (a code), or the note's name"),
        Text("row_label", "Row label"),
        new("sub_row", "Part of the row above, not added into the column's total", VariableKind.CodedText, TrueFalse),
        Text("column_key", "Column key"),
        Text("column_label", "Column label"),
        new("column_source", "Where the column comes from", VariableKind.CodedText, [new("cases", "Computed from the cases"), new("comparator", "Published comparison figures")]),
        new("column_n", "The column's n", VariableKind.Number, []),
        new("count", "Count", VariableKind.Number, []),
        new("percent", "Whole-number percent", VariableKind.Number, []),
        new("suppressed", "Withheld by disclosure control", VariableKind.CodedText, TrueFalse),
        Text("display", "The mark shown instead of a withheld number"),
        new("median", "Table 21: median", VariableKind.Decimal, []),
        new("min", "Table 21: minimum", VariableKind.Decimal, []),
        new("max", "Table 21: maximum", VariableKind.Decimal, []),
        new("n", "Table 21: cases the statistic is over", VariableKind.Number, []),
        Text("disclosure", "Disclosure control policy of the report (empty: none)"),
    ];

    public static void WriteSpss(string csvFileName, TextWriter output) =>
        SpssSyntaxWriter.Write(Variables, [.. Variables.Select(v => v.Kind is VariableKind.Text or VariableKind.CodedText ? TextWidth : 1)], csvFileName, output);

    public static void WriteR(string csvFileName, TextWriter output) => RScriptWriter.Write(Variables, csvFileName, output);

    private static CodebookVariable Text(string name, string label) => new(name, label, VariableKind.Text, []);
}
