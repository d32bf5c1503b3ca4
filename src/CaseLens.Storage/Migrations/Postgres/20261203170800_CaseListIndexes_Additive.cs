using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Postgres
{
    /// <summary>
    /// The case list's indexes on PostgreSQL (Model/PostgresCaseListIndexes): a person scoped to a
    /// board, and a list filtered by region or incident type, is counted and paged from an index
    /// instead of a scan of the table. SQLite has no such migration: it meets the list's target
    /// without them, and they would slow its import. It only adds indexes, so older versions still
    /// read a store that has it (SchemaCompatibility).
    /// </summary>
    public partial class CaseListIndexes_Additive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_notifications_board",
                table: "notifications",
                columns: new[] { "board", "case_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "incident_date", "region", "age_months", "gender", "incident_type", "scr_status", "exclusion", "death_category" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_incident_type_gender_age",
                table: "notifications",
                columns: new[] { "incident_type", "gender", "age_months" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_region_age",
                table: "notifications",
                columns: new[] { "region", "age_months" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_notifications_board",
                table: "notifications");

            migrationBuilder.DropIndex(
                name: "ix_notifications_incident_type_gender_age",
                table: "notifications");

            migrationBuilder.DropIndex(
                name: "ix_notifications_region_age",
                table: "notifications");
        }
    }
}
