using CaseLens.Storage.KeptCounts;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Counts kept on import (KeptCounts/): table kept_counts, and table store_generation with the
    /// triggers on notifications that move it on at every change (GenerationTriggers). It adds
    /// tables and triggers, which act only on writes, so older versions still read a store that has
    /// it (SchemaCompatibility).
    /// </summary>
    public partial class KeptCounts_Additive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kept_counts",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    format = table.Column<int>(type: "INTEGER", nullable: false),
                    generation = table.Column<long>(type: "INTEGER", nullable: false),
                    counts = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kept_counts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "store_generation",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    generation = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_generation", x => x.id);
                });

            foreach (var sql in GenerationTriggers.Sqlite.Values)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in GenerationTriggers.DropSqlite)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "kept_counts");

            migrationBuilder.DropTable(
                name: "store_generation");
        }
    }
}
