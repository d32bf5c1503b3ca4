using System.Globalization;
using System.Runtime.CompilerServices;
using CaseLens.Application.Stores;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.Storage.Importing;
using CaseLens.Storage.Opening;

namespace CaseLens.Application.Importing;

/// <summary>
/// <c>import</c>, in one pass over a valid file: every row is parsed and checked once, and the valid
/// rows go straight into one store transaction (read ahead on other threads, so parsing and storing
/// overlap). A notifications file is parsed on every core by a reader that vouches only for a plainly
/// valid file (<see cref="NotificationCsv.TryReadValid"/>); at anything else that attempt is rolled
/// back and the exact reader reads the file again on one thread. The transaction commits only when the
/// whole file was valid and no stored id clashes (unless updating); at the first problem the exact
/// reading stops storing, goes on reading so that it can list every problem, and rolls back. Killing
/// the process at any point leaves the store as it was. The store is opened only once a valid row has
/// been read, so a file that is wrong from its header on never touches it, and a store this import
/// created is removed again if the import fails.
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
        if (!request.File.Exists)
        {
            return Result<ImportedFile>.Fail(ProblemKind.Failure, FileProblems.Missing(request.File));
        }

        // A plainly valid file is read on every core; any other is read again by the exact reader,
        // which words every problem, after what the fast one stored was rolled back.
        if (kind.ReadValid is { } readValid
            && await TryReadingValidAsync(kind, readValid, request, progress, cancellationToken).ConfigureAwait(false) is { } imported)
        {
            return imported;
        }

        return await ReadExactlyAsync(kind, request, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The import of a file read by the exact reader on one thread: every problem is listed, and
    /// at the first one nothing more is stored.
    /// </summary>
    private async Task<Result<ImportedFile>> ReadExactlyAsync<T>(
        InterchangeFile<T> kind, Request request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        where T : class
    {
        var problems = new List<Problem>();
        await using var run = new ImportRun<T>(kind, request, time, _checkpoint);

        // The audit trail records the SHA-256 of the bytes parsed, hashed as they are read.
        await using var stream = new HashedReadStream(Open(request.File));

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

            run.Read(record, stream, progress);
            if (problems.Count > 0)
            {
                // The file is refused already: keep reading only to list every problem.
                continue;
            }

            if (await run.StoreAsync(record, counting, cancellationToken).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }
        }

        return problems.Count > 0
            ? Result<ImportedFile>.Fail(ProblemKind.Invalid, problems)
            : await run.CompleteAsync(stream.Sha256(), counting, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The import of a file read on every core by the fast reader, which vouches only for a plainly
    /// valid file; null when it could not (nothing is left of the attempt: its transaction rolled
    /// back, and a store it made removed), and the file must be read again by the exact reader.
    /// </summary>
    private async Task<Result<ImportedFile>?> TryReadingValidAsync<T>(
        InterchangeFile<T> kind, Func<Stream, TimeProvider, int, Action<T>, bool> readValid, Request request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        where T : class
    {
        await using var run = new ImportRun<T>(kind, request, time, _checkpoint);
        await using var stream = new HashedReadStream(Open(request.File));
        var counting = request.Update ? null : kind.Counting();
        var valid = new StrongBox<bool>();
        var records = ReadAhead.OfPushed<T>(
            push => readValid(stream, time, Environment.ProcessorCount, record =>
            {
                counting?.Count(record);
                push(record);
            }),
            valid,
            cancellationToken);
        await foreach (var record in records.ConfigureAwait(false))
        {
            run.Read(record, stream, progress);
            if (await run.StoreAsync(record, counting, cancellationToken).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }
        }

        if (!valid.Value)
        {
            return null;
        }

        counting?.EndOfFile();

        // The hash is of the whole file, should the reader have stopped short of its last bytes.
        await stream.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        return await run.CompleteAsync(stream.Sha256(), counting, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One attempt at an import: the store, opened once a valid record has been read, and the
    /// session writing into it; disposing it without completing rolls the session back and removes
    /// a store it made. Killing the process at any point leaves the store as it was.
    /// </summary>
    private sealed class ImportRun<T>(InterchangeFile<T> kind, Request request, TimeProvider time, IImportCheckpoint checkpoint) : IAsyncDisposable
        where T : class
    {
        private CaseStore? _store;
        private ImportSession<T>? _session;
        private bool _created;
        private bool _committed;
        private long _rows;
        private long _counted;

        /// <summary>Notes a valid record read, and every 1,024 tells <paramref name="progress"/>.</summary>
        public void Read(T record, Stream stream, IProgress<ImportProgress>? progress)
        {
            _rows++;
            _counted += kind.IsCounted(record) ? 1 : 0;
            if (_rows % 1024 == 0)
            {
                // The reader thread owns the stream; its position is only an estimate for the bar.
                progress?.Report(new ImportProgress(stream.Position, _rows));
            }
        }

        /// <summary>Stores the record, opening the store first if this is the first; a failure to open it is returned.</summary>
        public async Task<Result<ImportedFile>?> StoreAsync(T record, ImportCounting<T>? counting, CancellationToken cancellationToken)
        {
            if (_session is null && await BeginAsync(counting, cancellationToken).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }

            await _session!.AddAsync(record, cancellationToken).ConfigureAwait(false);
            await checkpoint.AfterRowAsync(_rows, cancellationToken).ConfigureAwait(false);
            return null;
        }

        /// <summary>Commits, or refuses the file for ids that clash with stored ones.</summary>
        public async Task<Result<ImportedFile>> CompleteAsync(string sha256, ImportCounting<T>? counting, CancellationToken cancellationToken)
        {
            // Unreachable with a file of no records (the readers refuse it), kept for safety.
            if (_session is null && await BeginAsync(counting, cancellationToken).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }

            counting?.OfferTo(_session!);
            var outcome = await _session!.CompleteAsync(sha256, cancellationToken).ConfigureAwait(false);
            _committed = outcome.Committed;
            return _committed
                ? Result<ImportedFile>.Ok(new ImportedFile(Summary(kind, request.File, request.Store, _rows, _counted, outcome)))
                : Result<ImportedFile>.Fail(ProblemKind.Conflict, Clashes(kind, request.File, outcome, time));
        }

        private async Task<Result<ImportedFile>?> BeginAsync(ImportCounting<T>? counting, CancellationToken cancellationToken)
        {
            var opened = await StoreAccess.OpenForWritingAsync(request.Store, request.NewFileMode, time, cancellationToken).ConfigureAwait(false);
            if (!opened.Succeeded)
            {
                return Result<ImportedFile>.Fail(opened.Kind!.Value, opened.Problems);
            }

            (_store, _created) = (opened.Value.Store, opened.Value.Created);

            // A store made just now for this import is written through a rollback journal (half the writing).
            var options = new ImportOptions(request.Update, request.Actor, request.File.Name) { IntoNewStore = _created };
            _session = await kind.BeginImport(_store, options, cancellationToken).ConfigureAwait(false);
            if (!_session.MayKeepCounts)
            {
                counting?.Stop();
            }

            return null;
        }

        public async ValueTask DisposeAsync()
        {
            // Disposing a session that did not commit rolls its transaction back.
            if (_session is not null)
            {
                await _session.DisposeAsync().ConfigureAwait(false);
            }

            if (_store is not null)
            {
                await _store.DisposeAsync().ConfigureAwait(false);
            }

            if (!_committed && _created)
            {
                // Only while nothing at all is in it, under the write lock: another import may be using it.
                await NewStoreRemoval.RemoveIfEmptyAsync(request.Store.Location, CancellationToken.None).ConfigureAwait(false);
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
