using CaseLens.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Model;

/// <summary>The <c>notifications</c> table (<see cref="NotificationTable"/>), with its index on the incident date.</summary>
internal sealed class NotificationConfiguration() : RecordTableConfiguration<Notification>(NotificationTable.Instance)
{
    public override void Configure(EntityTypeBuilder<Notification> builder)
    {
        base.Configure(builder);
        builder.HasIndex(n => n.IncidentDate).HasDatabaseName("ix_notifications_incident_date");
    }
}
