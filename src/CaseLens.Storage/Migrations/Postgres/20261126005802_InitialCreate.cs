using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseLens.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    entity = table.Column<string>(type: "text", nullable: false),
                    case_id = table.Column<string>(type: "text", nullable: true),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true),
                    details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "intensive_cases",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    incident_type = table.Column<string>(type: "text", nullable: false),
                    gender = table.Column<string>(type: "text", nullable: true),
                    age_months = table.Column<int>(type: "integer", nullable: true),
                    region = table.Column<string>(type: "text", nullable: true),
                    household_children = table.Column<int>(type: "integer", nullable: true),
                    frequent_moves = table.Column<bool>(type: "boolean", nullable: true),
                    domestic_violence = table.Column<string>(type: "text", nullable: true),
                    maternal_substance_misuse = table.Column<string>(type: "text", nullable: true),
                    paternal_substance_misuse = table.Column<string>(type: "text", nullable: true),
                    maternal_mental_health = table.Column<string>(type: "text", nullable: true),
                    paternal_mental_health = table.Column<string>(type: "text", nullable: true),
                    parental_learning_disability = table.Column<bool>(type: "boolean", nullable: true),
                    criminal_convictions = table.Column<bool>(type: "boolean", nullable: true),
                    known_to_csc = table.Column<string>(type: "text", nullable: true),
                    cp_plan = table.Column<string>(type: "text", nullable: true),
                    court_order = table.Column<string>(type: "text", nullable: true),
                    gestation = table.Column<string>(type: "text", nullable: true),
                    birth = table.Column<string>(type: "text", nullable: true),
                    disability = table.Column<bool>(type: "boolean", nullable: true),
                    hospital_admissions = table.Column<int>(type: "integer", nullable: true),
                    ae_attendances = table.Column<int>(type: "integer", nullable: true),
                    audiology_ophthalmology_needs = table.Column<bool>(type: "boolean", nullable: true),
                    speech_language_needs = table.Column<bool>(type: "boolean", nullable: true),
                    antenatal_attendance = table.Column<string>(type: "text", nullable: true),
                    development_checks = table.Column<string>(type: "text", nullable: true),
                    gp_registration = table.Column<string>(type: "text", nullable: true),
                    intervention_level = table.Column<string>(type: "text", nullable: true),
                    cooperation = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intensive_cases", x => x.case_id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    incident_date = table.Column<DateOnly>(type: "date", nullable: false),
                    notification_date = table.Column<DateOnly>(type: "date", nullable: true),
                    region = table.Column<string>(type: "text", nullable: true),
                    board = table.Column<string>(type: "text", nullable: true),
                    notification_type = table.Column<string>(type: "text", nullable: true),
                    scr_status = table.Column<string>(type: "text", nullable: false),
                    exclusion = table.Column<string>(type: "text", nullable: true),
                    age_months = table.Column<int>(type: "integer", nullable: true),
                    gender = table.Column<string>(type: "text", nullable: true),
                    ethnicity = table.Column<string>(type: "text", nullable: true),
                    siblings = table.Column<int>(type: "integer", nullable: true),
                    twin = table.Column<bool>(type: "boolean", nullable: true),
                    birth_order = table.Column<string>(type: "text", nullable: true),
                    cp_plan = table.Column<string>(type: "text", nullable: true),
                    cp_categories = table.Column<string>(type: "text", nullable: false),
                    sibling_cp_plan = table.Column<string>(type: "text", nullable: true),
                    sibling_cp_categories = table.Column<string>(type: "text", nullable: false),
                    legal_status = table.Column<string>(type: "text", nullable: true),
                    living_situation = table.Column<string>(type: "text", nullable: true),
                    disability = table.Column<string>(type: "text", nullable: true),
                    known_to_csc = table.Column<string>(type: "text", nullable: true),
                    incident_type = table.Column<string>(type: "text", nullable: true),
                    criminal_proceedings = table.Column<string>(type: "text", nullable: true),
                    harm_type = table.Column<string>(type: "text", nullable: true),
                    head_injury = table.Column<bool>(type: "boolean", nullable: true),
                    death_category = table.Column<string>(type: "text", nullable: true),
                    parent_factors = table.Column<string>(type: "text", nullable: false),
                    child_factors = table.Column<string>(type: "text", nullable: false),
                    case_factors = table.Column<string>(type: "text", nullable: false),
                    scr_decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    scr_completed_date = table.Column<DateOnly>(type: "date", nullable: true),
                    delay_reasons = table.Column<string>(type: "text", nullable: false),
                    case_outline = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.case_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_case_id",
                table: "audit_entries",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_incident_date",
                table: "notifications",
                column: "incident_date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "intensive_cases");

            migrationBuilder.DropTable(
                name: "notifications");
        }
    }
}
