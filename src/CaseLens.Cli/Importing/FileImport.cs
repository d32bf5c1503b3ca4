using System.Globalization;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Opening;
using CaseLens.Storage.Importing;

namespace CaseLens.Cli.Importing;

/// <summary>
/// <c>caselens import</c>, in one pass over the file: every row is parsed and checked once, and the
/// valid rows go straight into one store transaction (read ahead on a second thread, so parsing and
/// storing overlap). The transaction commits only when the whole file was valid and no stored id
/// clashes (unless updating); at the first problem the command stops storing, goes on reading so
/// that it can list every problem, and rolls back. Killing the process at any point leaves the
/// store as it was. The store is opened only once a valid row has been read, so a file that is
/// wrong from its header on never touches it, and a store this import created is removed again if
/// the import fails.
/// </summary>
internal sealed class FileImport(CliContext context)
{
    public async Task<Outcome> RunAsync<T>(
        InterchangeFile<T> kind, FileInfo file, StoreLocation database, UnixFileMode newFileMode, string actor, bool update, CancellationToken cancellationToken)
        where T : class
    {
        if (!file.Exists)
        {
            return Outcome.Failed($"cannot read '{file}': no such file");
        }

        var (result, summary) = await ImportProgress.RunAsync(
            context, file.Length, progress => ImportAsync(kind, file, database, newFileMode, actor, update, progress, cancellationToken)).ConfigureAwait(false);

        // Printed once the progress display has finished with the terminal.
        if (summary is not null)
        {
            await context.Out.WriteLineAsync(summary).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<(Outcome Result, string? Summary)> ImportAsync<T>(
        InterchangeFile<T> kind, FileInfo file, StoreLocation database, UnixFileMode newFileMode, string actor, bool update, ImportProgress progress, CancellationToken cancellationToken)
        where T : class
    {
        var options = new ImportOptions(update, actor, file.Name);
        var pause = TestPause.FromEnvironment();
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
            await foreach (var row in ReadAhead.Of(() => kind.Read(stream, context.Time), cancellationToken).ConfigureAwait(false))
            {
                if (row.Record is not { } record)
                {
                    problems.AddRange(row.Problems.Select(p => new Problem(p.Message, p.Line, p.Column)));
                    continue;
                }

                rows++;
                counted += kind.IsCounted(record) ? 1 : 0;
                if (rows % 1024 == 0)
                {
                    // The reader thread owns the stream; its position is only an estimate for the bar.
                    progress.Read(stream.Position, rows);
                }

                if (problems.Count > 0)
                {
                    // The file is refused already: keep reading only to list every problem.
                    continue;
                }

                if (session is null)
                {
                    var (opened, refused) = await StoreAccess.OpenCreatingAsync(database, newFileMode, context, cancellationToken).ConfigureAwait(false);
                    if (opened is null)
                    {
                        return (refused!, null);
                    }

                    (store, created) = (opened.Store, opened.Created);

                    session = await kind.BeginImport(store, options, cancellationToken).ConfigureAwait(false);
                }

                await session.AddAsync(record, cancellationToken).ConfigureAwait(false);
                if (pause is not null)
                {
                    await pause.AfterRowAsync(rows, context.Error, cancellationToken).ConfigureAwait(false);
                }
            }

            if (problems.Count > 0)
            {
                return (Outcome.Invalid(problems), null);
            }

            // Unreachable with a file of no records (the reader refuses it), kept for safety.
            if (store is null)
            {
                (store, var refused) = await StoreAccess.OpenForWritingAsync(database, newFileMode, context, cancellationToken).ConfigureAwait(false);
                if (store is null)
                {
                    return (refused!, null);
                }
            }

            session ??= await kind.BeginImport(store, options, cancellationToken).ConfigureAwait(false);
            var outcome = await session.CompleteAsync(stream.Sha256(), cancellationToken).ConfigureAwait(false);
            committed = outcome.Committed;
            return committed
                ? (Outcome.Ok, Summary(kind, file, database, rows, counted, outcome))
                : (Outcome.Invalid(Clashes(kind, file, outcome, context.Time)), null);
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
                await NewStoreRemoval.RemoveIfEmptyAsync(database, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static string Summary<T>(InterchangeFile<T> kind, FileInfo file, StoreLocation database, long rows, long counted, ImportOutcome outcome)
        where T : class
    {
        var replaced = outcome.Updated + outcome.Unchanged > 0
            ? string.Create(CultureInfo.InvariantCulture, $"; {outcome.Inserted:N0} new, {outcome.Updated:N0} replaced, {outcome.Unchanged:N0} unchanged")
            : string.Empty;
        return $"Imported {kind.Summarise(rows, counted)} from {file.Name} into {database}{replaced}.";
    }

    /// <summary>Each clashing id as a problem on the line where the file has it (a third, rare pass).</summary>
    private static IEnumerable<Problem> Clashes<T>(InterchangeFile<T> kind, FileInfo file, ImportOutcome outcome, TimeProvider time)
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
                    problems.Add(new Problem(
                        sameCase.TryGetValue(kind.KeyOf(record), out var other)
                            ? $"case id '{other.CaseId}' names the same case as '{other.SameCaseAs}'{(other.Stored ? ", already stored" : ", earlier in the file")} (ids differing only in letter case are one case); nothing was imported"
                            : $"case id '{kind.KeyOf(record)}' is already stored; nothing was imported (use --update to replace stored rows)",
                        row.Line,
                        "case_id"));
                }
            }
        }

        return problems.Count > 0 ? problems : clashes.Select(id => new Problem($"case id '{id}' is already stored; nothing was imported"));
    }

    private static FileStream Open(FileInfo file) =>
        new(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
}
