using CaseLens.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseLens.Storage.Model;

/// <summary>
/// The indexes PostgreSQL's case list (<c>Querying/CaseListing</c>) reads instead of the table,
/// whose every page counts the cases that match. Without them each count of a person scoped to a
/// board, or of a filtered list, was a scan of the whole table (50–80 ms at 100,000 cases, measured
/// with EXPLAIN ANALYZE; see bench/RESULTS.md); with them it is an index-only scan of the matching
/// entries (under 4 ms). Only PostgreSQL has them: SQLite meets the list's target without, and
/// every index would cost its import, which has a rate to keep of its own.
/// </summary>
internal static class PostgresCaseListIndexes
{
    /// <summary>Board then case id, holding every column the list shows or filters on: the scope of a board is read from it alone, in case-id order.</summary>
    public const string Board = "ix_notifications_board";

    /// <summary>Region then age: a count by region, or by region and age group, reads it alone.</summary>
    public const string RegionAge = "ix_notifications_region_age";

    /// <summary>Incident type, gender, age: a count by incident type with or without gender or age group reads it alone.</summary>
    public const string IncidentTypeGenderAge = "ix_notifications_incident_type_gender_age";

    public static void Add(EntityTypeBuilder<Notification> notifications)
    {
        notifications.HasIndex(n => new { n.Board, n.CaseId }, Board)
            .IncludeProperties(n => new { n.IncidentDate, n.Region, n.AgeMonths, n.Gender, n.IncidentType, n.ScrStatus, n.Exclusion, n.DeathCategory });
        notifications.HasIndex(n => new { n.Region, n.AgeMonths }, RegionAge);
        notifications.HasIndex(n => new { n.IncidentType, n.Gender, n.AgeMonths }, IncidentTypeGenderAge);
    }
}
