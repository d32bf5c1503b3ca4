using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Sqlite
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", nullable: false),
                    entity = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: true),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true),
                    details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "intensive_cases",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    incident_type = table.Column<string>(type: "TEXT", nullable: false),
                    gender = table.Column<string>(type: "TEXT", nullable: true),
                    age_months = table.Column<int>(type: "INTEGER", nullable: true),
                    region = table.Column<string>(type: "TEXT", nullable: true),
                    household_children = table.Column<int>(type: "INTEGER", nullable: true),
                    frequent_moves = table.Column<bool>(type: "INTEGER", nullable: true),
                    domestic_violence = table.Column<string>(type: "TEXT", nullable: true),
                    maternal_substance_misuse = table.Column<string>(type: "TEXT", nullable: true),
                    paternal_substance_misuse = table.Column<string>(type: "TEXT", nullable: true),
                    maternal_mental_health = table.Column<string>(type: "TEXT", nullable: true),
                    paternal_mental_health = table.Column<string>(type: "TEXT", nullable: true),
                    parental_learning_disability = table.Column<bool>(type: "INTEGER", nullable: true),
                    criminal_convictions = table.Column<bool>(type: "INTEGER", nullable: true),
                    known_to_csc = table.Column<string>(type: "TEXT", nullable: true),
                    cp_plan = table.Column<string>(type: "TEXT", nullable: true),
                    court_order = table.Column<string>(type: "TEXT", nullable: true),
                    gestation = table.Column<string>(type: "TEXT", nullable: true),
                    birth = table.Column<string>(type: "TEXT", nullable: true),
                    disability = table.Column<bool>(type: "INTEGER", nullable: true),
                    hospital_admissions = table.Column<int>(type: "INTEGER", nullable: true),
                    ae_attendances = table.Column<int>(type: "INTEGER", nullable: true),
                    audiology_ophthalmology_needs = table.Column<bool>(type: "INTEGER", nullable: true),
                    speech_language_needs = table.Column<bool>(type: "INTEGER", nullable: true),
                    antenatal_attendance = table.Column<string>(type: "TEXT", nullable: true),
                    development_checks = table.Column<string>(type: "TEXT", nullable: true),
                    gp_registration = table.Column<string>(type: "TEXT", nullable: true),
                    intervention_level = table.Column<string>(type: "TEXT", nullable: true),
                    cooperation = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intensive_cases", x => x.case_id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    incident_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    notification_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    region = table.Column<string>(type: "TEXT", nullable: true),
                    board = table.Column<string>(type: "TEXT", nullable: true),
                    notification_type = table.Column<string>(type: "TEXT", nullable: true),
                    scr_status = table.Column<string>(type: "TEXT", nullable: false),
                    exclusion = table.Column<string>(type: "TEXT", nullable: true),
                    age_months = table.Column<int>(type: "INTEGER", nullable: true),
                    gender = table.Column<string>(type: "TEXT", nullable: true),
                    ethnicity = table.Column<string>(type: "TEXT", nullable: true),
                    siblings = table.Column<int>(type: "INTEGER", nullable: true),
                    twin = table.Column<bool>(type: "INTEGER", nullable: true),
                    birth_order = table.Column<string>(type: "TEXT", nullable: true),
                    cp_plan = table.Column<string>(type: "TEXT", nullable: true),
                    cp_categories = table.Column<string>(type: "TEXT", nullable: false),
                    sibling_cp_plan = table.Column<string>(type: "TEXT", nullable: true),
                    sibling_cp_categories = table.Column<string>(type: "TEXT", nullable: false),
                    legal_status = table.Column<string>(type: "TEXT", nullable: true),
                    living_situation = table.Column<string>(type: "TEXT", nullable: true),
                    disability = table.Column<string>(type: "TEXT", nullable: true),
                    known_to_csc = table.Column<string>(type: "TEXT", nullable: true),
                    incident_type = table.Column<string>(type: "TEXT", nullable: true),
                    criminal_proceedings = table.Column<string>(type: "TEXT", nullable: true),
                    harm_type = table.Column<string>(type: "TEXT", nullable: true),
                    head_injury = table.Column<bool>(type: "INTEGER", nullable: true),
                    death_category = table.Column<string>(type: "TEXT", nullable: true),
                    parent_factors = table.Column<string>(type: "TEXT", nullable: false),
                    child_factors = table.Column<string>(type: "TEXT", nullable: false),
                    case_factors = table.Column<string>(type: "TEXT", nullable: false),
                    scr_decision_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    scr_completed_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    delay_reasons = table.Column<string>(type: "TEXT", nullable: false),
                    case_outline = table.Column<string>(type: "TEXT", nullable: true)
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
