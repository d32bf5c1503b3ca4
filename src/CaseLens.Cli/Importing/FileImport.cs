using System.Globalization;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Storage.Importing;

namespace CaseLens.Cli.Importing;

/// <summary>
/// <c>caselens import</c>: check the whole file first (an invalid file never opens the store, so
/// the store is not touched at all), keeping the checked notifications in a temporary binary spill;
/// then feed them (or, for the intensive sample, the file read again) into one store transaction,
/// which commits only when every row is in and no stored id clashes (unless updating). Killing the
/// process at any point leaves the store as it was.
/// </summary>
internal sealed class FileImport(CliContext context)
{
    public async Task<Outcome> RunAsync<T>(
        InterchangeFile<T> kind, FileInfo file, string database, string actor, bool update, CancellationToken cancellationToken)
        where T : class
    {
        if (!file.Exists)
        {
            return Outcome.Failed($"cannot read '{file}': no such file");
        }

        var pause = TestPause.FromEnvironment();
        var (result, summary) = await ImportProgress.RunAsync(context, file.Length, async progress =>
        {
            FileCheck check;
            string sha256;
            using var spill = kind.NewSpill?.Invoke();
            await using (var stream = new HashingReadStream(Open(file)))
            {
                check = FileCheck.Run(kind, stream, progress.Checked, spill?.Write);
                sha256 = check.IsValid ? stream.Finish() : string.Empty;
            }

            if (!check.IsValid)
            {
                return (Outcome.Invalid(check.Problems), (string?)null);
            }

            // The reader's set of case ids (tens of MB for a million rows) is garbage now and the stored
            // pass needs none: give it back before the transaction, so the peak is the larger pass, not both.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var options = new ImportOptions(update, actor, file.Name, sha256);
            await using var store = await StoreAccess.OpenForWritingAsync(database, context, cancellationToken).ConfigureAwait(false);
            ImportOutcome outcome;
            await using (var session = await kind.BeginImport(store, options, cancellationToken).ConfigureAwait(false))
            {
                progress.StartStoring(check.Rows);
                await using var stream = Open(file);
                long rows = 0;
                await foreach (var record in ReadAhead.Of(() => spill?.ReadAll() ?? Reread(kind, file, stream), cancellationToken).ConfigureAwait(false))
                {
                    await session.AddAsync(record, cancellationToken).ConfigureAwait(false);
                    progress.Stored(++rows);
                    if (pause is not null)
                    {
                        await pause.AfterRowAsync(rows, context.Error, cancellationToken).ConfigureAwait(false);
                    }
                }

                outcome = await session.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            return outcome.Committed
                ? (Outcome.Ok, Summary(kind, file, database, check, outcome))
                : (Outcome.Invalid(Clashes(kind, file, outcome.Clashes)), null);
        }).ConfigureAwait(false);

        // Printed once the progress display has finished with the terminal.
        if (summary is not null)
        {
            await context.Out.WriteLineAsync(summary).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>The checked file read again (for kinds without a spill), refusing a file changed since.</summary>
    private static IEnumerable<T> Reread<T>(InterchangeFile<T> kind, FileInfo file, Stream stream)
        where T : class =>
        kind.Read(stream).Select(row => row.Record ?? throw new IOException($"'{file.Name}' changed while it was being imported; nothing was stored"));

    private static string Summary<T>(InterchangeFile<T> kind, FileInfo file, string database, FileCheck check, ImportOutcome outcome)
        where T : class
    {
        var replaced = outcome.Updated > 0
            ? string.Create(CultureInfo.InvariantCulture, $"; {outcome.Inserted:N0} new, {outcome.Updated:N0} replaced")
            : string.Empty;
        return $"Imported {kind.Summarise(check.Rows, check.Counted)} from {file.Name} into {StoreAccess.Describe(database)}{replaced}.";
    }

    /// <summary>Each clashing id as a problem on the line where the file has it (a third, rare pass).</summary>
    private static IEnumerable<Problem> Clashes<T>(InterchangeFile<T> kind, FileInfo file, IReadOnlyList<string> clashes)
        where T : class
    {
        var wanted = clashes.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        using (var stream = Open(file))
        {
            foreach (var row in kind.Read(stream))
            {
                if (row.Record is { } record && wanted.Contains(kind.KeyOf(record)) && seen.Add(kind.KeyOf(record)))
                {
                    problems.Add(new Problem(
                        $"case id '{kind.KeyOf(record)}' is already stored; nothing was imported (use --update to replace stored rows)",
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
