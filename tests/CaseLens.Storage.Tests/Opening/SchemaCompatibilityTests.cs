using CaseLens.Storage.Opening;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseLens.Storage.Tests.Opening;

public sealed class SchemaCompatibilityTests
{
    [Theory]
    [InlineData("20270101000000_AddReviewNote_Additive", true)]
    [InlineData("20270101000000_AddReviewNote", false)]
    [InlineData("20270101000000_Additive_RenameBoard", false)]
    public void A_migration_is_marked_readable_by_the_end_of_its_name(string id, bool readable) =>
        SchemaCompatibility.IsMarkedReadable(id).ShouldBe(readable);

    [Fact]
    public void A_store_is_readable_when_every_unknown_migration_is_marked()
    {
        SchemaCompatibility.Readable([]).ShouldBeTrue();
        SchemaCompatibility.Readable(["2027_A_Additive", "2028_B_Additive"]).ShouldBeTrue();
        SchemaCompatibility.Readable(["2027_A_Additive", "2028_B"]).ShouldBeFalse();
    }

    [Fact]
    public void Adding_tables_columns_and_indexes_keeps_a_store_readable() =>
        SchemaCompatibility.UnreadableOperations(new Adding()).ShouldBeEmpty();

    [Fact]
    public void Dropping_renaming_altering_and_raw_sql_do_not()
    {
        var operations = SchemaCompatibility.UnreadableOperations(new Changing());

        operations.Select(o => o.GetType().Name).ShouldBe(["DropColumnOperation", "RenameColumnOperation", "AlterColumnOperation", "SqlOperation"]);
    }

    [Fact]
    public void Every_migration_of_the_product_marked_readable_only_adds()
    {
        var marked = typeof(CaseStore).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract)
            .Select(t => (Id: t.GetCustomAttributes(typeof(MigrationAttribute), false).OfType<MigrationAttribute>().Single().Id, Type: t))
            .Where(m => SchemaCompatibility.IsMarkedReadable(m.Id));

        foreach (var (id, type) in marked)
        {
            SchemaCompatibility.UnreadableOperations((Migration)Activator.CreateInstance(type)!).ShouldBeEmpty(id);
        }
    }

    private sealed class Adding : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable("review_notes", t => new { id = t.Column<int>(), note = t.Column<string>(nullable: true) });
            migrationBuilder.AddColumn<string>("reviewer", "notifications", nullable: true);
            migrationBuilder.CreateIndex("ix_reviewer", "notifications", "reviewer");
        }
    }

    private sealed class Changing : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>("reviewer", "notifications", nullable: true);
            migrationBuilder.DropColumn("board", "notifications");
            migrationBuilder.RenameColumn("outline", "notifications", "case_outline");
            migrationBuilder.AlterColumn<int>("age_months", "notifications", nullable: false);
            migrationBuilder.Sql("UPDATE notifications SET reviewer = 'x'");
        }
    }
}
