using CaseLens.Analysis.Reports;

namespace CaseLens.Analysis.Tables;

/// <summary>A row's key (a code), its printed label and what kind of row it is.</summary>
internal sealed record RowSpec(string Key, string Label, RowKind Kind = RowKind.Category)
{
    public bool IsSubRow => Kind == RowKind.SubRow;
}
