using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The summaries of intensive cases: tables summary_sections, chronology_entries and
    /// useful_quotes. It only adds tables, so older versions still read a store that has it
    /// (SchemaCompatibility).
    /// </summary>
    public partial class CaseSummaries_Additive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "chronology_entries",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    agency = table.Column<string>(type: "TEXT", nullable: false),
                    @event = table.Column<string>(name: "event", type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chronology_entries", x => new { x.case_id, x.position });
                });

            migrationBuilder.CreateTable(
                name: "summary_sections",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    section = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_summary_sections", x => new { x.case_id, x.section });
                });

            migrationBuilder.CreateTable(
                name: "useful_quotes",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_useful_quotes", x => new { x.case_id, x.position });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chronology_entries");

            migrationBuilder.DropTable(
                name: "summary_sections");

            migrationBuilder.DropTable(
                name: "useful_quotes");
        }
    }
}
