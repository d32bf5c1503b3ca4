using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Summaries;

/// <summary>The <c>chronology_entries</c> table: an intensive case's brief chronology, one row per entry in order.</summary>
internal sealed class ChronologyConfiguration : IStoreEntityConfiguration<ChronologyRow>
{
    public void Configure(EntityTypeBuilder<ChronologyRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("chronology_entries");
        builder.HasKey(r => new { r.CaseId, r.Position });
        builder.Property(r => r.CaseId).HasColumnName("case_id");
        builder.Property(r => r.Position).HasColumnName("position");
        builder.Property(r => r.Date).HasColumnName("date");
        builder.Property(r => r.Agency).HasColumnName("agency");
        builder.Property(r => r.Event).HasColumnName("event");
    }
}
