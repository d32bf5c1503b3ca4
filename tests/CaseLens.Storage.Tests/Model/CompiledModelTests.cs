using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseLens.Storage.Tests.Model;

/// <summary>
/// The store runs on the compiled models in <c>Model/Compiled</c> (built ahead by
/// <c>dotnet ef dbcontext optimize</c>, so that no command pays for building the model when it
/// starts). A compiled model is a copy: these tests fail when it no longer matches the model the
/// entity configurations describe, which is the one the migrations are made from.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "model-check.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=model_check")]
    public void The_store_runs_on_a_compiled_model_with_the_same_tables_as_its_configurations(DatabaseProvider provider, string location)
    {
        using var context = CaseStore.Unopened(StoreLocation.Parse(location)).CreateContext();
        var compiled = context.Model;
        var configured = context.GetService<IDesignTimeModel>().Model;

        compiled.ShouldBeAssignableTo<RuntimeModel>();
        compiled.GetType().Namespace.ShouldStartWith("CaseLens.Storage.Model.Compiled", customMessage: $"{provider}: the store should not build its model at run time");
        Shape(compiled.GetRelationalModel()).ShouldBe(
            Shape(configured.GetRelationalModel()),
            $"{provider}: regenerate the compiled model (see src/CaseLens.Storage/README.md, \"Changing the model\")");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "model-check.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=model_check")]
    public void Every_column_of_the_configured_model_reads_and_writes_through_the_same_conversion_in_the_compiled_one(DatabaseProvider provider, string location)
    {
        using var context = CaseStore.Unopened(StoreLocation.Parse(location)).CreateContext();
        var compiled = context.Model;
        var configured = context.GetService<IDesignTimeModel>().Model;

        foreach (var entity in configured.GetEntityTypes())
        {
            var twin = compiled.FindEntityType(entity.Name);
            twin.ShouldNotBeNull($"{provider}: {entity.Name} is missing from the compiled model");
            foreach (var property in entity.GetProperties())
            {
                var other = twin.FindProperty(property.Name);
                other.ShouldNotBeNull($"{provider}: {entity.Name}.{property.Name} is missing from the compiled model");
                (other.GetColumnName(), other.ClrType, other.IsNullable, other.GetMaxLength())
                    .ShouldBe((property.GetColumnName(), property.ClrType, property.IsNullable, property.GetMaxLength()), $"{provider}: {entity.Name}.{property.Name}");
                other.GetValueConverter()?.ProviderClrType.ShouldBe(property.GetValueConverter()?.ProviderClrType, $"{provider}: {entity.Name}.{property.Name}");
            }

            twin.GetProperties().Count().ShouldBe(entity.GetProperties().Count(), $"{provider}: {entity.Name} has other columns in the compiled model");
        }

        compiled.GetEntityTypes().Count().ShouldBe(configured.GetEntityTypes().Count(), $"{provider}: the compiled model has other tables");
    }

    /// <summary>Every table, column (type, nullability), key and index, one line each, in name order.</summary>
    private static List<string> Shape(IRelationalModel model) =>
        model.Tables.SelectMany(table =>
                table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}")
                    .Concat(table.UniqueConstraints.Select(k => $"{table.Name} key {k.Name} ({string.Join(", ", k.Columns.Select(c => c.Name))})"))
                    .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")} {i.Filter}"))
                    .Concat(table.ForeignKeyConstraints.Select(f => $"{table.Name} foreign key {f.Name} -> {f.PrincipalTable.Name} {f.OnDeleteAction}")))
            .Order(StringComparer.Ordinal)
            .ToList();
}
