namespace CaseLens.Analysis.Disclosure;

/// <summary>The keys of <see cref="Reports.ReportTable.Withheld"/>: <c>n/COLUMN</c>, <c>not_known/COLUMN</c>, <c>notes/NAME</c>.</summary>
public static class WithheldKey
{
    /// <summary>The part of a key for a column's n.</summary>
    public const string N = "n";

    /// <summary>The part of a key for a column's not-known count.</summary>
    public const string NotKnown = "not_known";

    /// <summary>The part of a key for a count in the notes.</summary>
    public const string Notes = "notes";

    /// <summary>The key <c>PART/KEY</c> of a withheld number.</summary>
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
