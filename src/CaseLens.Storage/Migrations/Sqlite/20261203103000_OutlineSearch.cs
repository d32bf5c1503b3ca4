using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Full-text search of the case outlines: an FTS5 table (<c>notification_outlines</c>, Porter
    /// stemming over Unicode words) holding each notification's id and outline, filled from the
    /// stored rows and kept in step by triggers on <c>notifications</c>, so that every writer (an
    /// import, an edit, a delete) keeps it right without knowing of it. A row of it is found by its
    /// case id through the index (a MATCH on the id's column, then the exact id), never by a scan.
    /// </summary>
    public partial class OutlineSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
CREATE VIRTUAL TABLE notification_outlines USING fts5(case_id, case_outline, tokenize = 'porter unicode61');
INSERT INTO notification_outlines (case_id, case_outline) SELECT case_id, case_outline FROM notifications WHERE case_outline IS NOT NULL;
CREATE TRIGGER notifications_outline_added AFTER INSERT ON notifications WHEN new.case_outline IS NOT NULL
BEGIN
    INSERT INTO notification_outlines (case_id, case_outline) VALUES (new.case_id, new.case_outline);
END;
CREATE TRIGGER notifications_outline_removed AFTER DELETE ON notifications WHEN old.case_outline IS NOT NULL
BEGIN
    DELETE FROM notification_outlines WHERE notification_outlines MATCH 'case_id : "' || old.case_id || '"' AND case_id = old.case_id;
END;
CREATE TRIGGER notifications_outline_changed AFTER UPDATE OF case_id, case_outline ON notifications
WHEN old.case_outline IS NOT new.case_outline OR old.case_id IS NOT new.case_id
BEGIN
    DELETE FROM notification_outlines WHERE notification_outlines MATCH 'case_id : "' || old.case_id || '"' AND case_id = old.case_id;
    INSERT INTO notification_outlines (case_id, case_outline) SELECT new.case_id, new.case_outline WHERE new.case_outline IS NOT NULL;
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
""");
        }
    }
}
