using CaseLens.Storage.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Model;

/// <summary>The <c>audit_entries</c> table: one row per change to case data, only ever added to.</summary>
internal sealed class AuditEntryConfiguration : IStoreEntityConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(a => a.At).HasColumnName("at");
        builder.Property(a => a.Actor).HasColumnName("actor");
        builder.Property(a => a.Action).HasColumnName("action").HasConversion(new CodeConverter<AuditAction>());
        builder.Property(a => a.Entity).HasColumnName("entity").HasConversion(new CodeConverter<AuditedEntity>());
        builder.Property(a => a.CaseId).HasColumnName("case_id");
        builder.Property(a => a.Before).HasColumnName("before");
        builder.Property(a => a.After).HasColumnName("after");
        builder.Property(a => a.Details).HasColumnName("details");
        builder.HasIndex(a => a.CaseId).HasDatabaseName("ix_audit_entries_case_id");
    }
}
