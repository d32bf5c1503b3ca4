using CaseLens.Application.Importing;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.Storage.Records;

namespace CaseLens.Application.Uploads;

/// <summary>
/// Whether everything a valid file would store is within the uploader's scope: every row's board
/// is one of theirs, no row replaces (or clashes with) a stored case of another board, and the
/// intensive sample, which has no board, comes only from a national scope. A national scope passes
/// without reading. Run at the check and again at the confirmation, since the scope may have changed.
/// </summary>
internal sealed class UploadScope(CaseStore store, TimeProvider time)
{
    private readonly NotificationRepository _notifications = new(store);

    public async Task<IReadOnlyList<Problem>> ProblemsAsync(AccessRights rights, DataKind kind, FileInfo file, CancellationToken cancellationToken)
    {
        if (!rights.SeesCases)
        {
            return [UploadProblems.NotAllowed];
        }

        if (rights.Scope.IsNational)
        {
            return [];
        }

        if (kind == DataKind.Intensive)
        {
            return [UploadProblems.IntensiveNeedsNational];
        }

        var problems = new List<Problem>();
        await using var stream = file.OpenRead();
        foreach (var row in InterchangeFile<Domain.Notifications.Notification>.Notifications.Read(stream, time))
        {
            if (row.Record is not { } record)
            {
                continue;
            }

            if (!rights.MaySee(record.Board))
            {
                problems.Add(UploadProblems.OutOfScope(row.Line, record.Board));
            }
            else if (await _notifications.FindAsync(record.CaseId, cancellationToken).ConfigureAwait(false) is { } stored && !rights.MaySee(stored.Board))
            {
                problems.Add(UploadProblems.StoredOutOfScope(row.Line, record.CaseId));
            }
        }

        return problems;
    }
}
