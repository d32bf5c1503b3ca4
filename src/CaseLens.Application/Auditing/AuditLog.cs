using System.Globalization;
using System.Text.Json;
using CaseLens.Application.Printing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Auditing;

/// <summary>
/// <c>audit</c>: the store's audit log, newest first. The before and after values hold case
/// contents, so only who, when, what and which are ever shown.
/// </summary>
public static class AuditLog
{
    /// <summary>At most <paramref name="limit"/> entries, newest first, as a table, with how many there are in all.</summary>
    public static async Task<Result<AuditListing>> ListAsync(StoreAddress database, int limit, TimeProvider time, CancellationToken cancellationToken)
    {
        var opened = await StoreAccess.OpenForReadingAsync(database, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<AuditListing>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value;
        var entries = await store.ListAuditEntriesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var rows = entries.Reverse().Take(limit).Select(e => (IReadOnlyList<string>)
        [
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            e.Actor,
            e.Action.ToString().ToLowerInvariant(),
            e.Entity.ToString().ToLowerInvariant(),
            e.CaseId ?? string.Empty,
            ImportDetails(e.Details),
        ]).ToList();
        return Result<AuditListing>.Ok(new AuditListing(
            new TextTable(["id", "at (UTC)", "actor", "action", "entity", "case id", "details"], rows),
            Math.Min(limit, entries.Count),
            entries.Count));
    }

    /// <summary>
    /// An import's details in words: "notifications.csv: 477 rows (477 new, 0 replaced, 0 unchanged)";
    /// entries written before unchanged records were counted have no "unchanged".
    /// </summary>
    private static string ImportDetails(string? json)
    {
        if (json is null)
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var unchanged = root.TryGetProperty("unchanged", out var count)
                ? string.Create(CultureInfo.InvariantCulture, $", {count.GetInt64():N0} unchanged")
                : string.Empty;
            return string.Create(CultureInfo.InvariantCulture,
                $"{root.GetProperty("source").GetString()}: {root.GetProperty("rows").GetInt64():N0} rows ({root.GetProperty("inserted").GetInt64():N0} new, {root.GetProperty("updated").GetInt64():N0} replaced{unchanged})");
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return json;
        }
    }
}

/// <summary>The audit entries shown, newest first, and how many there are.</summary>
/// <param name="Entries">id, when (UTC), actor, action, entity, case id and details of each entry shown.</param>
/// <param name="Shown">How many entries the table holds.</param>
/// <param name="Total">How many entries the log holds.</param>
public sealed record AuditListing(TextTable Entries, int Shown, int Total);
