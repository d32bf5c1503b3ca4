using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Case ids that differ only in letter case name one case (CaseLens.Domain.Identity.CaseKey): a
    /// unique index on upper(case_id) in each table of case records. SQLite's upper() changes ASCII
    /// letters only, which is all a valid case id holds. A store already holding two such ids cannot
    /// take it; the error names the index, and one of the two records must be deleted first.
    /// </summary>
    public partial class CaseKeyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE UNIQUE INDEX ix_notifications_case_key ON notifications (upper(case_id));");
            migrationBuilder.Sql("CREATE UNIQUE INDEX ix_intensive_cases_case_key ON intensive_cases (upper(case_id));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_intensive_cases_case_key;");
            migrationBuilder.Sql("DROP INDEX ix_notifications_case_key;");
        }
    }
}
