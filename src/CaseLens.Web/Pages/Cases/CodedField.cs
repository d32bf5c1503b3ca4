using System.Text.RegularExpressions;
using CaseLens.Domain.Validation;

namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// One coded field of a notification or an intensive case as pages show it, from the codebook's
/// column catalogue (<see cref="NotificationColumns.All"/>, <see cref="IntensiveColumns.All"/>,
/// which give the order): a name for people, the meaning, and the stored text with the label of each code.
/// </summary>
public sealed partial record CodedField(ColumnDefinition Column, string Text)
{
    public string Name => Column.Name;

    /// <summary><c>scr_decision_date</c> → "SCR decision date".</summary>
    public string Label => LabelOf(Name);

    /// <summary>The name for people of the column <paramref name="name"/>.</summary>
    public static string LabelOf(string name) => name.Length == 0 ? name
        : Abbreviation().Replace(char.ToUpperInvariant(name[0]) + name[1..].Replace('_', ' '), m => m.Value.ToUpperInvariant());

    /// <summary>The value for people: labels of codes, "Not known" when empty.</summary>
    public string Shown => Text.Length == 0 ? Empty : Column.Kind switch
    {
        ColumnKind.Code or ColumnKind.YesNo => Column.LabelOf(Text),
        ColumnKind.Codes => string.Join("; ", Text.Split(';').Select(Column.LabelOf)),
        _ => Text,
    };

    /// <summary>
    /// What an empty cell means here: "Not known", or "Not yet coded" for a health marker, whose
    /// codes say "no information" themselves.
    /// </summary>
    public string Empty => Column.Codes.Any(c => c.Key == NoInformation) ? "Not yet coded" : "Not known";

    /// <summary>The code of the health markers' coded "no information".</summary>
    public const string NoInformation = "no_information";

    /// <summary>The codes held, for a field of several codes.</summary>
    public IReadOnlySet<string> Held => Text.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every field of the record in the codebook's order, from its cells (column name → text).</summary>
    public static IReadOnlyList<CodedField> All(IReadOnlyDictionary<string, string> cells) => All(NotificationColumns.All, cells);

    /// <summary>Every field of <paramref name="columns"/> in their order, from the cells (column name → text).</summary>
    public static IReadOnlyList<CodedField> All(IReadOnlyList<ColumnDefinition> columns, IReadOnlyDictionary<string, string> cells) =>
        [.. columns.Select(c => new CodedField(c, cells.GetValueOrDefault(c.Name, string.Empty)))];

    [GeneratedRegex(@"\b(?i:scr|cp|csc)\b")]
    private static partial Regex Abbreviation();
}
