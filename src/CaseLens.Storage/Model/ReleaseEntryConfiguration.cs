using CaseLens.Storage.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Model;

/// <summary>The <c>releases</c> table: the disclosure ledger, one row per published report, only ever added to.</summary>
internal sealed class ReleaseEntryConfiguration : IStoreEntityConfiguration<ReleaseEntry>
{
    public void Configure(EntityTypeBuilder<ReleaseEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("releases");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(r => r.PublishedAt).HasColumnName("published_at");
        builder.Property(r => r.Actor).HasColumnName("actor");
        builder.Property(r => r.DataSetHash).HasColumnName("data_set_hash");
        builder.Property(r => r.Filters).HasColumnName("filters");
        builder.Property(r => r.Policy).HasColumnName("policy");
        builder.Property(r => r.CellsPublished).HasColumnName("cells_published");
        builder.Property(r => r.Content).HasColumnName("content");
    }
}
