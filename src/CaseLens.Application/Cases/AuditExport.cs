using System.Globalization;
using System.Text;
using CaseLens.Domain.Access;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Problems;
using CaseLens.Interchange.Csv;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;

namespace CaseLens.Application.Cases;

/// <summary>
/// The whole audit trail as CSV for an administrator with a national scope (the trail holds every
/// board's records, so a board-scoped administrator is answered as if there were none).
/// </summary>
public sealed class AuditExport(CaseStore store)
{
    private static readonly string[] Header = ["id", "at", "actor", "action", "entity", "case_id", "before", "after", "details"];
    private readonly AuditTrail _audit = new(store);

    /// <summary>Whether <paramref name="rights"/> may export the trail.</summary>
    public static bool Allowed(AccessRights rights) => rights is { Administers: true, Scope.IsNational: true };

    /// <summary>The CSV (RFC 4180, UTF-8, CRLF), oldest entry first; NotFound for anyone else.</summary>
    public async Task<Result<byte[]>> CsvAsync(AccessRights rights, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rights);
        if (!Allowed(rights))
        {
            return Result<byte[]>.Fail(ProblemKind.NotFound, new Problem("audit.export.hidden", "The audit export is for administrators with a national scope."));
        }

        var text = new StringBuilder();
        Line(text, Header);
        foreach (var e in await _audit.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            Line(text, [
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                e.Actor,
                Codes<AuditAction>.Code(e.Action),
                Codes<AuditedEntity>.Code(e.Entity),
                e.CaseId ?? string.Empty,
                e.Before ?? string.Empty,
                e.After ?? string.Empty,
                e.Details ?? string.Empty,
            ]);
        }

        return Result<byte[]>.Ok(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(CsvField.Quoted));
        text.Append("\r\n");
    }
}
