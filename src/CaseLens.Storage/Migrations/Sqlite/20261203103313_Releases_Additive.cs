using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The disclosure ledger: table releases, one row per report published from the store. It only
    /// adds a table, so older versions still read a store that has it (SchemaCompatibility).
    /// </summary>
    public partial class Releases_Additive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "releases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    published_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    data_set_hash = table.Column<string>(type: "TEXT", nullable: false),
                    filters = table.Column<string>(type: "TEXT", nullable: false),
                    policy = table.Column<string>(type: "TEXT", nullable: false),
                    cells_published = table.Column<int>(type: "INTEGER", nullable: false),
                    content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_releases", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "releases");
        }
    }
}
