using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.KeptCounts;

/// <summary>The <c>kept_counts</c> table: the counts of the whole store, written by an import that stored every row into an empty store.</summary>
internal sealed class KeptCountsConfiguration : IStoreEntityConfiguration<KeptCountsRow>
{
    public void Configure(EntityTypeBuilder<KeptCountsRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(KeptCountsStore.Table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.Format).HasColumnName("format");
        builder.Property(r => r.Generation).HasColumnName("generation");
        builder.Property(r => r.Counts).HasColumnName("counts");
    }
}
