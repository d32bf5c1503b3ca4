using CaseLens.Application.Importing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;
using CaseLens.Storage.Opening;

namespace CaseLens.Application.Tests.Importing;

/// <summary>
/// The import use case tells the store when it made the store for this import, so that SQLite writes
/// the rows once through a rollback journal instead of twice through its write-ahead log; an import
/// into a store that was there already goes through the log, so that its readers go on.
/// </summary>
public sealed class NewStoreJournalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("caselens-journal-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_import_that_makes_its_store_writes_through_a_rollback_journal()
    {
        var store = Path.Combine(_folder, "new.db");

        var journals = await ImportWatchingAsync(Write(3_000, "S"), store);

        journals.ShouldBe(["journal"]);
    }

    [Fact]
    public async Task An_import_into_a_store_that_was_there_writes_through_its_write_ahead_log()
    {
        var store = Path.Combine(_folder, "kept.db");
        await ImportWatchingAsync(Write(10, "OLD"), store);

        var journals = await ImportWatchingAsync(Write(3_000, "S"), store);

        journals.ShouldBe(["wal"]);
    }

    /// <summary>Imports the file and tells which journal files were beside the store after its 2,000th row.</summary>
    private async Task<IReadOnlyList<string>> ImportWatchingAsync(FileInfo file, string store)
    {
        var checkpoint = new JournalWatch(store, afterRows: 2_000);
        var address = StoreAddress.Read(store).Value;
        var imported = await new FileImport(TimeProvider.System, checkpoint).RunAsync(
            new FileImport.Request(DataKind.Notifications, file, address, StoreUse.OwnerOnly, "tester", Update: false), null, CancellationToken.None);
        imported.Succeeded.ShouldBeTrue(string.Join("; ", imported.Problems.Select(p => p.Message)));
        return checkpoint.Seen;
    }

    private FileInfo Write(int rows, string prefix)
    {
        var file = new FileInfo(Path.Combine(_folder, $"{prefix}-{rows}.csv"));
        using (var stream = file.Create())
        {
            NotificationCsv.Write(stream, SyntheticNotifications.Generate(rows, seed: 2009).Select((n, i) => n with { CaseId = $"{prefix}{i:D5}" }));
        }

        return file;
    }

    private sealed class JournalWatch(string store, long afterRows) : IImportCheckpoint
    {
        public List<string> Seen { get; } = [];

        public ValueTask AfterRowAsync(long rows, CancellationToken cancellationToken)
        {
            if (rows == afterRows)
            {
                Seen.AddRange(new[] { "journal", "wal" }.Where(suffix => new FileInfo($"{store}-{suffix}") is { Exists: true }));
            }

            return ValueTask.CompletedTask;
        }
    }
}
