using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Postgres
{
    /// <summary>
    /// The health-markers schedule of Appendix 1: one column per marker on intensive_cases, empty
    /// (not yet coded) for the cases already stored. It only adds columns, so older versions still
    /// read a store that has it (SchemaCompatibility).
    /// </summary>
    public partial class HealthMarkers_Additive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "admissions_earlier",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "admissions_recent",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ae_earlier",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ae_recent",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "camhs",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "community_paediatrician",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "dat",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "family_gp_registration",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "father_mental_health_care_at_incident",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "father_mental_health_care_history",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "father_other_health_services_at_incident",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "father_other_health_services_history",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "father_primary_care_at_incident",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "father_primary_care_history",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "father_substance_misuse_services_at_incident",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "father_substance_misuse_services_history",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "health_needs",
                table: "intensive_cases",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "hv_contact_child",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hv_contact_other_child",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "midwife_contact_child",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "midwife_contact_other_child",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mother_mental_health_care_at_incident",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mother_mental_health_care_history",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mother_other_health_services_at_incident",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mother_other_health_services_history",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mother_primary_care_at_incident",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mother_primary_care_history",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mother_substance_misuse_services_at_incident",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mother_substance_misuse_services_history",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "other_specialist",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "salt",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "school_nurse",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "specialist_appointments",
                table: "intensive_cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "urgent_care",
                table: "intensive_cases",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "admissions_earlier",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "admissions_recent",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "ae_earlier",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "ae_recent",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "camhs",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "community_paediatrician",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "dat",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "family_gp_registration",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "father_mental_health_care_at_incident",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "father_mental_health_care_history",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "father_other_health_services_at_incident",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "father_other_health_services_history",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "father_primary_care_at_incident",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "father_primary_care_history",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "father_substance_misuse_services_at_incident",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "father_substance_misuse_services_history",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "health_needs",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "hv_contact_child",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "hv_contact_other_child",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "midwife_contact_child",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "midwife_contact_other_child",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "mother_mental_health_care_at_incident",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "mother_mental_health_care_history",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "mother_other_health_services_at_incident",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "mother_other_health_services_history",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "mother_primary_care_at_incident",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "mother_primary_care_history",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "mother_substance_misuse_services_at_incident",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "mother_substance_misuse_services_history",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "other_specialist",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "salt",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "school_nurse",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "specialist_appointments",
                table: "intensive_cases");

            migrationBuilder.DropColumn(
                name: "urgent_care",
                table: "intensive_cases");
        }
    }
}
