using CaseLens.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Summaries;

/// <summary>The <c>useful_quotes</c> table: an intensive case's useful quotes, one row per quote in order.</summary>
internal sealed class QuoteConfiguration : IStoreEntityConfiguration<QuoteRow>
{
    public void Configure(EntityTypeBuilder<QuoteRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("useful_quotes");
        builder.HasKey(r => new { r.CaseId, r.Position });
        builder.Property(r => r.CaseId).HasColumnName("case_id");
        builder.Property(r => r.Position).HasColumnName("position");
        builder.Property(r => r.Text).HasColumnName("text");
        builder.Property(r => r.Source).HasColumnName("source");
    }
}
