using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseLens.Storage.Migrations.Postgres
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
                    id = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<int>(type: "integer", nullable: false),
                    generation = table.Column<long>(type: "bigint", nullable: false),
                    counts = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kept_counts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "store_generation",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    generation = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_store_generation", x => x.id);
                });

            // Written out, not taken from GenerationTriggers: a migration says what it did for ever.
            migrationBuilder.Sql("CREATE FUNCTION caselens_next_generation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO store_generation (id, generation) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET generation = store_generation.generation + 1; RETURN NULL; END $$");
            migrationBuilder.Sql("CREATE TRIGGER notifications_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON notifications FOR EACH STATEMENT EXECUTE FUNCTION caselens_next_generation()");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER notifications_generation ON notifications");
            migrationBuilder.Sql("DROP FUNCTION caselens_next_generation()");

            migrationBuilder.DropTable(
                name: "kept_counts");

            migrationBuilder.DropTable(
                name: "store_generation");
        }
    }
}
