using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Postgres
{
    /// <summary>
    /// Full-text search of the case outlines: a GIN index on the outline's English text-search
    /// vector, the same expression the case list's search asks (PostgresDatabase.WithOutlineWords).
    /// An index on an expression is kept in step by the database on every insert, update and delete.
    /// </summary>
    public partial class OutlineSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_notifications_outline_search ON notifications USING gin (to_tsvector('english'::regconfig, case_outline));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_notifications_outline_search;");
        }
    }
}
