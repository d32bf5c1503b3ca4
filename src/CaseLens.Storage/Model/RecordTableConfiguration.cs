using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Model;

/// <summary>Maps a case record to its table from the table's column list, the one description of its columns.</summary>
internal abstract class RecordTableConfiguration<T>(RecordTable<T> table) : IStoreEntityConfiguration<T>
    where T : class
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(table.Name);
        builder.HasKey(table.Columns[0].Property);
        foreach (var column in table.Columns)
        {
            var property = builder.Property(column.Property).HasColumnName(column.Name).IsRequired(column.Required);
            if (column.Converter is not null)
            {
                property.HasConversion(column.Converter);
            }
        }
    }
}
