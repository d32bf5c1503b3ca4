using System.Globalization;
using CaseLens.Application.Stores;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Opening;

namespace CaseLens.Application.Importing;

/// <summary>
/// <c>import</c>, in one pass over the file: every row is parsed and checked once, and the valid rows
/// go straight into one store transaction (read ahead on a second thread, so parsing and storing
/// overlap). The transaction commits only when the whole file was valid and no stored id clashes
/// (unless updating); at the first problem the import stops storing, goes on reading so that it can
/// list every problem, and rolls back. Killing the process at any point leaves the store as it was.
/// The store is opened only once a valid row has been read, so a file that is wrong from its header
/// on never touches it, and a store this import created is removed again if the import fails.
/// </summary>
/// <param name="time">The clock of the audit entries and of the rules that depend on today.</param>
/// <param name="checkpoint">Called after each stored row; <see cref="NoImportCheckpoint"/> unless a test host installs one.</param>
public sealed class FileImport(TimeProvider time, IImportCheckpoint? checkpoint = null)
{
    private readonly IImportCheckpoint _checkpoint = checkpoint ?? NoImportCheckpoint.Instance;

    /// <summary>What to import and how.</summary>
    /// <param name="Kind">Which interchange file it is.</param>
    /// <param name="File">The CSV file.</param>
    /// <param name="Store">The store, created when missing.</param>
    /// <param name="NewFileMode">The permissions of a SQLite store this import creates.</param>
    /// <param name="Actor">Who the audit log records.</param>
    /// <param name="Update">Whether stored rows with the file's ids are replaced (otherwise such ids refuse the file).</param>
    public sealed record Request(DataKind Kind, FileInfo File, StoreAddress Store, UnixFileMode NewFileMode, string Actor, bool Update);

    /// <summary>Imports the file whole or not at all; <paramref name="progress"/> hears every 1,024 rows.</summary>
    public Task<Result<ImportedFile>> RunAsync(Request request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Kind == DataKind.Notifications
            ? RunAsync(InterchangeFile<Notification>.Notifications, request, progress, cancellationToken)
            : RunAsync(InterchangeFile<IntensiveCase>.Intensive, request, progress, cancellationToken);
    }

    private async Task<Result<ImportedFile>> RunAsync<T>(
        InterchangeFile<T> kind, Request request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        where T : class
    {
        var (file, database) = (request.File, request.Store);
        if (!file.Exists)
        {
            return Result<ImportedFile>.Fail(ProblemKind.Failure, FileProblems.Missing(file));
        }

        var options = new ImportOptions(request.Update, request.Actor, file.Name);
        var problems = new List<Problem>();
        long rows = 0;
        long counted = 0;
        CaseStore? store = null;
        ImportSession<T>? session = null;
        var committed = false;
        var created = false;
        try
        {
            // The audit trail records the SHA-256 of the bytes parsed, hashed as they are read.
            await using var stream = new HashedReadStream(Open(file));
            // Without updates the counts of the file are made as it is read, for the store to keep
            // when the file is all it holds (an update always changes a store that held cases);
            // counting stops once the store says it held records already.
            var counting = request.Update ? null : kind.Counting();
            await foreach (var row in ReadAhead.Of(() => counting?.Observe(kind.Read(stream, time)) ?? kind.Read(stream, time), cancellationToken).ConfigureAwait(false))
            {
                if (row.Record is not { } record)
                {
                    problems.AddRange(row.Problems);
                    continue;
                }

                rows++;
                counted += kind.IsCounted(record) ? 1 : 0;
                if (rows % 1024 == 0)
                {
                    // The reader thread owns the stream; its position is only an estimate for the bar.
                    progress?.Report(new ImportProgress(stream.Position, rows));
                }

                if (problems.Count > 0)
                {
                    // The file is refused already: keep reading only to list every problem.
                    continue;
                }

                if (session is null)
                {
                    var opened = await StoreAccess.OpenForWritingAsync(database, request.NewFileMode, time, cancellationToken).ConfigureAwait(false);
                    if (!opened.Succeeded)
                    {
                        return Result<ImportedFile>.Fail(opened.Kind!.Value, opened.Problems);
                    }

                    (store, created) = (opened.Value.Store, opened.Value.Created);

                    // A store made just now for this import is written through a rollback journal (half the writing).
                    session = await kind.BeginImport(store, options with { IntoNewStore = created }, cancellationToken).ConfigureAwait(false);
                    if (!session.MayKeepCounts)
                    {
                        counting?.Stop();
                    }
                }

                await session.AddAsync(record, cancellationToken).ConfigureAwait(false);
                await _checkpoint.AfterRowAsync(rows, cancellationToken).ConfigureAwait(false);
            }

            if (problems.Count > 0)
            {
                return Result<ImportedFile>.Fail(ProblemKind.Invalid, problems);
            }

            // Unreachable with a file of no records (the reader refuses it), kept for safety.
            if (store is null)
            {
                var opened = await StoreAccess.OpenForWritingAsync(database, request.NewFileMode, time, cancellationToken).ConfigureAwait(false);
                if (!opened.Succeeded)
                {
                    return Result<ImportedFile>.Fail(opened.Kind!.Value, opened.Problems);
                }

                (store, created) = (opened.Value.Store, opened.Value.Created);
            }

            session ??= await kind.BeginImport(store, options, cancellationToken).ConfigureAwait(false);
            counting?.OfferTo(session);
            var outcome = await session.CompleteAsync(stream.Sha256(), cancellationToken).ConfigureAwait(false);
            committed = outcome.Committed;
            return committed
                ? Result<ImportedFile>.Ok(new ImportedFile(Summary(kind, file, database, rows, counted, outcome)))
                : Result<ImportedFile>.Fail(ProblemKind.Conflict, Clashes(kind, file, outcome, time));
        }
        finally
        {
            // Disposing a session that did not commit rolls its transaction back.
            if (session is not null)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }

            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            if (!committed && created)
            {
                // Only while nothing at all is in it, under the write lock: another import may be using it.
                await NewStoreRemoval.RemoveIfEmptyAsync(database.Location, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static string Summary<T>(InterchangeFile<T> kind, FileInfo file, StoreAddress database, long rows, long counted, ImportOutcome outcome)
        where T : class
    {
        var replaced = outcome.Updated + outcome.Unchanged > 0
            ? string.Create(CultureInfo.InvariantCulture, $"; {outcome.Inserted:N0} new, {outcome.Updated:N0} replaced, {outcome.Unchanged:N0} unchanged")
            : string.Empty;
        return $"Imported {kind.Summarise(rows, counted)} from {file.Name} into {database}{replaced}.";
    }

    /// <summary>Each clashing id as a problem on the line where the file has it (a third, rare pass).</summary>
    private static List<Problem> Clashes<T>(InterchangeFile<T> kind, FileInfo file, ImportOutcome outcome, TimeProvider time)
        where T : class
    {
        var clashes = outcome.Clashes;
        var sameCase = outcome.CaseKeyClashes.ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        var wanted = clashes.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        using (var stream = Open(file))
        {
            foreach (var row in kind.Read(stream, time))
            {
                if (row.Record is { } record && wanted.Contains(kind.KeyOf(record)) && seen.Add(kind.KeyOf(record)))
                {
                    problems.Add(sameCase.TryGetValue(kind.KeyOf(record), out var other)
                        ? new Problem(
                            "import.same_case",
                            $"case id '{other.CaseId}' names the same case as '{other.SameCaseAs}'{(other.Stored ? ", already stored" : ", earlier in the file")} (ids differing only in letter case are one case); nothing was imported",
                            row.Line,
                            "case_id")
                        : new Problem(
                            ClashCode,
                            $"case id '{kind.KeyOf(record)}' is already stored; nothing was imported (use --update to replace stored rows)",
                            row.Line,
                            "case_id"));
                }
            }
        }

        return problems.Count > 0 ? problems : [.. clashes.Select(id => new Problem(ClashCode, $"case id '{id}' is already stored; nothing was imported"))];
    }

    private const string ClashCode = "import.id_stored";

    private static FileStream Open(FileInfo file) =>
        new(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
}

/// <summary>A committed import, summed up in one sentence ("Imported 477 notifications from … into ….").</summary>
/// <param name="Summary">The sentence, naming the file and the store (never a password).</param>
public sealed record ImportedFile(string Summary);
