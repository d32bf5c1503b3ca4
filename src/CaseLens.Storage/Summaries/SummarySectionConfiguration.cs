using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Summaries;

/// <summary>The <c>summary_sections</c> table: one row per written section of an intensive case's summary.</summary>
internal sealed class SummarySectionConfiguration : IStoreEntityConfiguration<SummarySectionRow>
{
    public void Configure(EntityTypeBuilder<SummarySectionRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("summary_sections");
        builder.HasKey(r => new { r.CaseId, r.Section });
        builder.Property(r => r.CaseId).HasColumnName("case_id");
        builder.Property(r => r.Section).HasColumnName("section");
        builder.Property(r => r.Text).HasColumnName("text");
    }
}
