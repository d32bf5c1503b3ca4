using CaseLens.Application.Importing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Provenance;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.Storage.Opening;

namespace CaseLens.Application.Tests.Importing;

/// <summary>
/// A notifications file is first read on every core by the fast reader, which vouches only for a
/// plainly valid file and stores as it goes; at anything else it gives up, what it stored is rolled
/// back, and the exact reader reads the file again to word every problem. The file is still
/// imported whole or not at all, with each problem on its own line.
/// </summary>
public sealed class ValidFileFastReadingTests : IDisposable
{
    private const int Rows = 5_000;
    private const int BadRow = 4_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("caselens-fast-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_bad_row_after_thousands_stored_refuses_the_file_on_its_line_and_the_store_keeps_what_it_had()
    {
        var store = Path.Combine(_folder, "kept.db");
        (await ImportAsync(Write("OLD", 10, badRow: null), store)).Succeeded.ShouldBeTrue();

        var refused = await ImportAsync(Write("S", Rows, BadRow), store);

        refused.Succeeded.ShouldBeFalse();
        refused.Kind.ShouldBe(ProblemKind.Invalid);
        refused.Problems.ShouldAllBe(p => p.Line == BadRow + 2);
        refused.Problems.Select(p => p.Column).ShouldContain("incident_date");
        await using var opened = await CaseStore.OpenAsync(store);
        (await opened.CountNotificationsAsync()).ShouldBe(10);
    }

    [Fact]
    public async Task A_refused_file_leaves_no_store_where_there_was_none()
    {
        var store = Path.Combine(_folder, "new.db");

        var refused = await ImportAsync(Write("S", Rows, BadRow), store);

        refused.Kind.ShouldBe(ProblemKind.Invalid);
        File.Exists(store).ShouldBeFalse();
    }

    [Fact]
    public async Task A_valid_file_is_stored_whole_record_for_record()
    {
        var store = Path.Combine(_folder, "whole.db");

        var imported = await ImportAsync(Write("S", Rows, badRow: null), store);

        imported.Succeeded.ShouldBeTrue(string.Join("; ", imported.Problems.Select(p => p.Message)));
        await using var opened = await CaseStore.OpenAsync(store);
        var stored = new List<string>();
        await foreach (var notification in opened.StreamNotificationsAsync())
        {
            stored.Add(NotificationDigestWriter.LineOf(notification));
        }

        stored.ShouldBe([.. Notifications("S", Rows, badRow: null).Select(NotificationDigestWriter.LineOf)], ignoreOrder: true);
    }

    private static Task<Result<ImportedFile>> ImportAsync(FileInfo file, string store) =>
        new FileImport(TimeProvider.System).RunAsync(
            new FileImport.Request(DataKind.Notifications, file, StoreAddress.Read(store).Value, StoreUse.OwnerOnly, "tester", Update: false),
            null,
            CancellationToken.None);

    private FileInfo Write(string prefix, int rows, int? badRow)
    {
        var file = new FileInfo(Path.Combine(_folder, $"{prefix}-{rows}-{badRow}.csv"));
        using (var stream = file.Create())
        {
            NotificationCsv.Write(stream, Notifications(prefix, rows, badRow));
        }

        return file;
    }

    /// <summary>Synthetic notifications; the one at <paramref name="badRow"/> has an incident a year from now, which no reader accepts.</summary>
    private static List<Domain.Notifications.Notification> Notifications(string prefix, int rows, int? badRow) =>
    [
        .. SyntheticNotifications.Generate(rows, seed: 2009).Select((n, i) => n with
        {
            CaseId = $"{prefix}{i:D5}",
            IncidentDate = i == badRow ? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddYears(1) : n.IncidentDate,
        }),
    ];
}
