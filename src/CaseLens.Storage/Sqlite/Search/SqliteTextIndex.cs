namespace CaseLens.Storage.Sqlite.Search;

/// <summary>
/// A SQLite full-text table kept in step with a record table by triggers (the FTS5 table of the
/// case outlines, made by the <c>OutlineSearch</c> migration). A bulk import suspends the triggers
/// and brings the index up to date in a few set-based statements before it commits: one FTS5
/// insert per row through a trigger costs about three times as much as one
/// <c>INSERT … SELECT</c> over the same rows.
/// </summary>
/// <param name="Table">The full-text table.</param>
/// <param name="KeyColumn">The record table's key column, held in the full-text table too.</param>
/// <param name="TextColumn">The indexed column, of the same name in both tables.</param>
/// <param name="Triggers">The triggers on the record table that keep the full-text table in step.</param>
internal sealed record SqliteTextIndex(string Table, string KeyColumn, string TextColumn, IReadOnlyList<string> Triggers)
{
    /// <summary>The case outlines' index.</summary>
    public static SqliteTextIndex Outlines { get; } = new(
        "notification_outlines",
        "case_id",
        "case_outline",
        ["notifications_outline_added", "notifications_outline_removed", "notifications_outline_changed"]);

    /// <summary>The full-text index kept over the record table of this name, if there is one.</summary>
    public static SqliteTextIndex? Of(string recordTable) => recordTable == "notifications" ? Outlines : null;

    /// <summary>
    /// Indexes the rows of <paramref name="recordTable"/> added after <c>rowid</c> <c>?1</c>: those
    /// stored while the triggers were suspended.
    /// </summary>
    public string IndexRowsAfterSql(string recordTable) =>
        $"INSERT INTO {Table} ({KeyColumn}, {TextColumn}) SELECT {KeyColumn}, {TextColumn} FROM {recordTable} WHERE rowid > ?1 AND {TextColumn} IS NOT NULL";

    /// <summary>
    /// Takes the entry of the case <c>?1</c> out of the index (found through the index by a MATCH
    /// on the key's column, then the exact key, as the triggers do).
    /// </summary>
    public string RemoveSql =>
        $"DELETE FROM {Table} WHERE {Table} MATCH '{KeyColumn} : \"' || ?1 || '\"' AND {KeyColumn} = ?1";

    /// <summary>
    /// Indexes the stored text of the case <c>?1</c> when its row is one of those stored before the
    /// triggers were suspended (<c>rowid</c> at most <c>?2</c>); later rows are indexed by
    /// <see cref="IndexRowsAfterSql"/>.
    /// </summary>
    public string IndexEarlierRowSql(string recordTable) =>
        $"INSERT INTO {Table} ({KeyColumn}, {TextColumn}) SELECT {KeyColumn}, {TextColumn} FROM {recordTable} WHERE {KeyColumn} = ?1 AND rowid <= ?2 AND {TextColumn} IS NOT NULL";
}
