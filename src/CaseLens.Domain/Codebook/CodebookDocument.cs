using System.Text;
using CaseLens.Domain.Validation;

namespace CaseLens.Domain.Codebook;

/// <summary>
/// The coders' codebook (<c>docs/codebook.md</c>) as markdown, built from the column catalogues
/// (<see cref="NotificationColumns"/>, <see cref="IntensiveColumns"/>): every column in the order
/// the formats are written, whether it is required, what it means, and every code with its label.
/// The text is the same on every machine: lines end in <c>\n</c> and nothing depends on culture.
/// </summary>
public static class CodebookDocument
{
    /// <summary>The environment variable that makes the codebook test rewrite the file instead of failing.</summary>
    public const string UpdateVariable = "CASELENS_UPDATE_DOCS";

    /// <summary>The codebook's path from the repository root.</summary>
    public const string RelativePath = "docs/codebook.md";

    /// <summary>The whole codebook.</summary>
    /// <exception cref="InvalidOperationException">A coding note names a column its catalogue does not have.</exception>
    public static string Markdown()
    {
        var text = new StringBuilder();
        Line(text, "# Codebook");
        Line(text);
        Line(text, "<!-- Generated from the column catalogues by CodebookDocument.Markdown() (src/CaseLens.Domain/Codebook). Do not edit by hand:");
        Line(text, "     run `" + UpdateVariable + "=1 dotnet test tests/CaseLens.Domain.Tests --filter CodebookDocument` to write it again. -->");
        Line(text);
        Line(text, "The codes to use when filling in the two coding sheets CaseLens reads: the notification sheet (one row per");
        Line(text, "notification of a serious incident, coded from the notification report) and the intensive sample sheet (one row");
        Line(text, "per case read in depth from the overview report and chronologies). `docs/formats.md` explains the files;");
        Line(text, "`docs/tables.md` explains what the tables do with each value.");
        Line(text);
        Line(text, "Rules for every cell:");
        Line(text);
        Line(text, "- An empty cell means *not known* or *not recorded*. It is never the same as `no`: leave a cell empty rather than guess.");
        Line(text, "- The health markers have a code `no_information` for a report that says nothing: there, an empty cell means *not yet coded*.");
        Line(text, "- Write codes exactly as listed (lower case, except the death categories `A` … `G`).");
        Line(text, "- Where a column takes several codes, separate them with `;` (for example `physical;neglect`).");
        Line(text, "- Dates are written `YYYY-MM-DD`; numbers are whole numbers in digits.");
        Line(text);
        Format(text, "Notification sheet", NotificationColumns.All, CodingNotes.Notifications, CodingNotes.NotificationsRequiredWhen);
        Format(text, "Intensive sample sheet", IntensiveColumns.All, CodingNotes.Intensive, new Dictionary<string, string>());
        return text.ToString();
    }

    private static void Format(
        StringBuilder text,
        string title,
        IReadOnlyList<ColumnDefinition> columns,
        IReadOnlyDictionary<string, string> notes,
        IReadOnlyDictionary<string, string> requiredWhen)
    {
        foreach (var name in notes.Keys.Concat(requiredWhen.Keys))
        {
            if (!columns.Any(c => string.Equals(c.Name, name, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"A coding note names '{name}', which is not a column of the {title.ToLowerInvariant()}.");
            }
        }

        Line(text, "## " + title);
        Line(text);
        Line(text, "| column | required | written as | meaning |");
        Line(text, "|---|---|---|---|");
        foreach (var column in columns)
        {
            Line(text, "| `" + column.Name + "` | " + Required(column, requiredWhen) + " | " + KindOf(column.Kind) + " | " + Cell(column.Description) + " |");
        }

        Line(text);
        foreach (var column in columns)
        {
            Line(text, "### `" + column.Name + "`");
            Line(text);
            var required = Required(column, requiredWhen);
            var status = required switch
            {
                "yes" => "Required.",
                "no" => "Optional.",
                _ => "Required " + required + ".",
            };
            Line(text, status + " " + column.Description);
            if (notes.TryGetValue(column.Name, out var note))
            {
                Line(text);
                Line(text, note);
            }

            if (column.Codes.Count > 0)
            {
                Line(text);
                Line(text, column.Kind == ColumnKind.Codes ? "Codes (any number, separated by `;`):" : "Codes (one):");
                Line(text);
                Line(text, "| code | label |");
                Line(text, "|---|---|");
                foreach (var (code, label) in column.Codes)
                {
                    Line(text, "| `" + code + "` | " + Cell(label) + " |");
                }
            }

            Line(text);
        }
    }

    /// <summary><c>yes</c>, <c>no</c>, or when a column is required only in some rows.</summary>
    private static string Required(ColumnDefinition column, IReadOnlyDictionary<string, string> requiredWhen) =>
        column.Required ? "yes" : requiredWhen.GetValueOrDefault(column.Name, "no");

    private static string KindOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => "text",
        ColumnKind.Date => "date",
        ColumnKind.Integer => "whole number",
        ColumnKind.YesNo => "`yes` / `no`",
        ColumnKind.Code => "one code",
        ColumnKind.Codes => "codes, `;` between",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a column kind."),
    };

    /// <summary>Text safe inside a markdown table cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
