using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The outlines' FTS5 table indexes only the rows that have an outline, and keeps no per-row sizes
    /// (<c>columnsize = 0</c>). Every row used to be indexed, one without an outline as an empty
    /// document, because FTS5's <c>integrity-check</c> compares the count of its per-row sizes with its
    /// content table's; without those sizes it checks the terms alone, and a row without an outline
    /// has none. Most notifications have no outline (four in five of a synthetic file), and FTS5 spends
    /// about a microsecond on each empty document and its size row: indexing a bulk import of a million
    /// rows took 1.5 s and now takes 0.65 s. Nothing searches by rank, which is all the sizes were for
    /// (<c>bm25</c> reads the text when they are missing). The triggers add, take out and change a row's
    /// entry only when it has an outline: FTS5 must never be told to take out a row it does not hold.
    /// Not marked readable: an older version would index every row again, and take out rows the index does not hold.
    /// </summary>
    public partial class OutlinesOnlyIndexed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
DROP TRIGGER notifications_outline_changed;
DROP TRIGGER notifications_outline_removed;
DROP TRIGGER notifications_outline_added;
DROP TABLE notification_outlines;
CREATE VIRTUAL TABLE notification_outlines USING fts5(case_outline, content = 'notifications', content_rowid = 'rowid', tokenize = 'porter unicode61', columnsize = 0);
INSERT INTO notification_outlines (rowid, case_outline) SELECT rowid, case_outline FROM notifications WHERE case_outline IS NOT NULL;
CREATE TRIGGER notifications_outline_added AFTER INSERT ON notifications
WHEN new.case_outline IS NOT NULL
BEGIN
    INSERT INTO notification_outlines (rowid, case_outline) VALUES (new.rowid, new.case_outline);
END;
CREATE TRIGGER notifications_outline_removed AFTER DELETE ON notifications
WHEN old.case_outline IS NOT NULL
BEGIN
    INSERT INTO notification_outlines (notification_outlines, rowid, case_outline) VALUES ('delete', old.rowid, old.case_outline);
END;
CREATE TRIGGER notifications_outline_changed AFTER UPDATE OF case_outline ON notifications
WHEN old.case_outline IS NOT new.case_outline
BEGIN
    INSERT INTO notification_outlines (notification_outlines, rowid, case_outline) SELECT 'delete', old.rowid, old.case_outline WHERE old.case_outline IS NOT NULL;
    INSERT INTO notification_outlines (rowid, case_outline) SELECT new.rowid, new.case_outline WHERE new.case_outline IS NOT NULL;
END;
""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
DROP TRIGGER notifications_outline_changed;
DROP TRIGGER notifications_outline_removed;
DROP TRIGGER notifications_outline_added;
DROP TABLE notification_outlines;
CREATE VIRTUAL TABLE notification_outlines USING fts5(case_outline, content = 'notifications', content_rowid = 'rowid', tokenize = 'porter unicode61');
INSERT INTO notification_outlines (notification_outlines) VALUES ('rebuild');
CREATE TRIGGER notifications_outline_added AFTER INSERT ON notifications
BEGIN
    INSERT INTO notification_outlines (rowid, case_outline) VALUES (new.rowid, new.case_outline);
END;
CREATE TRIGGER notifications_outline_removed AFTER DELETE ON notifications
BEGIN
    INSERT INTO notification_outlines (notification_outlines, rowid, case_outline) VALUES ('delete', old.rowid, old.case_outline);
END;
CREATE TRIGGER notifications_outline_changed AFTER UPDATE OF case_outline ON notifications
WHEN old.case_outline IS NOT new.case_outline
BEGIN
    INSERT INTO notification_outlines (notification_outlines, rowid, case_outline) VALUES ('delete', old.rowid, old.case_outline);
    INSERT INTO notification_outlines (rowid, case_outline) VALUES (new.rowid, new.case_outline);
END;
""");
        }
    }
}
