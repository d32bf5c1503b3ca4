using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.KeptCounts;

/// <summary>The <c>store_generation</c> table: one row, moved on by the triggers of <see cref="GenerationTriggers"/>.</summary>
internal sealed class StoreGenerationConfiguration : IStoreEntityConfiguration<StoreGenerationRow>
{
    public void Configure(EntityTypeBuilder<StoreGenerationRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(GenerationTriggers.Table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.Generation).HasColumnName("generation");
    }
}
