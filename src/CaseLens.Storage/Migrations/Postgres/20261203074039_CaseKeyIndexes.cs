using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Postgres
{
    /// <summary>
    /// Case ids that differ only in letter case name one case (CaseLens.Domain.Identity.CaseKey): a
    /// unique index on upper(case_id) in each table of case records (the ids' collation is C, so
    /// upper() changes ASCII letters only, which is all a valid case id holds). A store already
    /// holding two such ids cannot take it: the migration stops, naming them, and one of each pair
    /// must be deleted first.
    /// </summary>
    public partial class CaseKeyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "notifications", "intensive_cases" })
            {
                migrationBuilder.Sql($@"
DO $$
DECLARE same_case text;
BEGIN
    SELECT string_agg(ids, '; ') INTO same_case FROM (
        SELECT string_agg(case_id, ' and ' ORDER BY case_id) AS ids FROM {table}
        GROUP BY upper(case_id) HAVING count(*) > 1 ORDER BY upper(case_id) LIMIT 10) pairs;
    IF same_case IS NOT NULL THEN
        RAISE EXCEPTION '{table} holds case ids that differ only in letter case (%), which now name one case: delete one of each before upgrading', same_case;
    END IF;
END $$;
CREATE UNIQUE INDEX ix_{table}_case_key ON {table} (upper(case_id));");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_intensive_cases_case_key;");
            migrationBuilder.Sql("DROP INDEX ix_notifications_case_key;");
        }
    }
}
