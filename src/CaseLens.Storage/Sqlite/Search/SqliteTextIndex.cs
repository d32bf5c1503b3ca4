namespace CaseLens.Storage.Sqlite.Search;

/// <summary>
/// A SQLite full-text table over a column of a record table, kept in step by triggers (the FTS5
/// table of the case outlines: made by the <c>OutlineSearch</c> migration, an external-content table
/// keyed by the record's rowid since <c>OutlineIndexByRowid</c>, holding only the rows with an outline
/// since <c>OutlinesOnlyIndexed</c>). A bulk import suspends the triggers
/// and brings the index up to date in a few set-based statements before it commits: one FTS5
/// insert per row through a trigger costs about three times as much as one
/// <c>INSERT … SELECT</c> over the same rows.
/// </summary>
/// <param name="Table">The full-text table.</param>
/// <param name="TextColumn">The indexed column, of the same name in both tables.</param>
/// <param name="Triggers">The triggers on the record table that keep the full-text table in step.</param>
internal sealed record SqliteTextIndex(string Table, string TextColumn, IReadOnlyList<string> Triggers)
{
    /// <summary>The case outlines' index.</summary>
    public static SqliteTextIndex Outlines { get; } = new(
        "notification_outlines",
        "case_outline",
        ["notifications_outline_added", "notifications_outline_removed", "notifications_outline_changed"]);

    /// <summary>The full-text index kept over the record table of this name, if there is one.</summary>
    public static SqliteTextIndex? Of(string recordTable) => recordTable == "notifications" ? Outlines : null;

    /// <summary>
    /// Indexes the rows of <paramref name="recordTable"/> added after <c>rowid</c> <c>?1</c> that have
    /// a text: those stored while the triggers were suspended. A row without one is not indexed, as
    /// the triggers do (see the migration <c>OutlinesOnlyIndexed</c>).
    /// </summary>
    public string IndexRowsAfterSql(string recordTable) =>
        $"INSERT INTO {Table} (rowid, {TextColumn}) SELECT rowid, {TextColumn} FROM {recordTable} WHERE rowid > ?1 AND {TextColumn} IS NOT NULL";

    /// <summary>
    /// Takes the row of rowid <c>?1</c>, indexed with the text <c>?2</c>, out of the index: an
    /// external-content table is told the text it indexed, as the triggers do. Only for a row the
    /// index holds (one with a text): told to take out any other, FTS5 would corrupt its index.
    /// </summary>
    public string RemoveSql => $"INSERT INTO {Table} ({Table}, rowid, {TextColumn}) VALUES ('delete', ?1, ?2)";

    /// <summary>Indexes the stored text of the row of rowid <c>?1</c>, if it has one.</summary>
    public string IndexRowSql(string recordTable) =>
        $"INSERT INTO {Table} (rowid, {TextColumn}) SELECT rowid, {TextColumn} FROM {recordTable} WHERE rowid = ?1 AND {TextColumn} IS NOT NULL";
}
