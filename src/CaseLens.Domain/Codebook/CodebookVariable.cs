namespace CaseLens.Domain.Codebook;

/// <summary>
/// A column of a data file for statistics packages (a research extract, the tidy report CSV) with its
/// codebook entry: the variable label, and for a categorical variable its codes (code, label) in
/// codebook order, written as their position 1, 2, 3 … with <see cref="NotKnown"/> for "not known",
/// which SPSS and R are told is missing.
/// </summary>
public sealed record CodebookVariable(string Name, string Label, VariableKind Kind, IReadOnlyList<KeyValuePair<string, string>> Codes)
{
    /// <summary>The value written for "not known" in a categorical variable; a number or text not known is empty.</summary>
    public const int NotKnown = -1;

    /// <summary>The label of <see cref="NotKnown"/> in the codebook and the value labels SPSS and R read.</summary>
    public const string NotKnownLabel = "Not known";
}

/// <summary>What sort of values an extract column holds.</summary>
public enum VariableKind
{
    /// <summary>Codes written as their position in the codebook (1, 2 …), or <see cref="CodebookVariable.NotKnown"/>.</summary>
    Categorical,

    /// <summary>A whole number; empty when not known.</summary>
    Number,

    /// <summary>A number with decimals (Table 21's weeks and months); empty when not known.</summary>
    Decimal,

    /// <summary>Text (pseudonyms, months, an outline); empty when not known.</summary>
    Text,

    /// <summary>Text that takes one of a few codes (code, label), written as the code itself; empty when not known.</summary>
    CodedText,
}
