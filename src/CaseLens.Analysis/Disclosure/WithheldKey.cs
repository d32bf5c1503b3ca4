namespace CaseLens.Analysis.Disclosure;

/// <summary>The keys of <see cref="Reports.ReportTable.Withheld"/>: <c>n/COLUMN</c>, <c>not_known/COLUMN</c>, <c>notes/NAME</c>.</summary>
public static class WithheldKey
{
    public const string N = "n";

    public const string NotKnown = "not_known";

    public const string Notes = "notes";

    public static string Of(string part, string key) => part + "/" + key;

    /// <summary>The key of a column's n, not-known count or note; null for a cell.</summary>
    public static string? Of(ItemId id) => id.Kind switch
    {
        ItemKind.ColumnN => Of(N, id.Column),
        ItemKind.NotKnown => Of(NotKnown, id.Column),
        ItemKind.Note => Of(Notes, id.Column),
        _ => null,
    };
}
