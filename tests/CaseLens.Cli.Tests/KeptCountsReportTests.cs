using System.Text.RegularExpressions;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;
using CaseLens.Storage;
using CaseLens.Storage.KeptCounts;
using CaseLens.Storage.Records;
using CaseLens.TestKit.Databases;

namespace CaseLens.Cli.Tests;

/// <summary>
/// A report of the whole store made from the counts its import kept is the report made from every
/// row and from the file, byte for byte but for the time it was made; after any other change the
/// kept counts are not used, and the report is still the file's.
/// </summary>
public sealed partial class KeptCountsReportTests(StoreFixture databases) : IClassFixture<StoreFixture>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory, OnSqlite, OnPostgres]
    public async Task A_report_from_the_kept_counts_is_the_report_from_every_row_and_from_the_csv(DatabaseProvider provider)
    {
        // The file of ExactnessTests: every code of every coded field occurs, ids in order.
        var records = SyntheticNotifications.Generate(100_000, seed: 2009).ToList();
        var csv = Csv("synthetic.csv", records);
        var fromCsv = Report("--notifications", csv);
        var location = await databases.EmptyLocationAsync(provider);
        CliRun.Of("import", "notifications", csv, "--db", location).ExitCode.ShouldBe(0);
        (await KeptAsync(location)).ShouldBeTrue("the import stored every row into an empty store");

        var fromKept = Report("--db", location);

        // As the web edits: the first case deleted, then imported again as it was.
        await using (var store = await CaseStore.OpenAsync(location))
        {
            (await new NotificationRepository(store).DeleteAsync(records[0].CaseId, "editor")).ShouldBeTrue();
        }

        CliRun.Of("import", "notifications", Csv("first.csv", records[..1]), "--db", location).ExitCode.ShouldBe(0);
        (await KeptAsync(location)).ShouldBeFalse("the store changed after its counts were kept");
        var fromRows = Report("--db", location);

        fromKept.ShouldBe(fromCsv);
        fromRows.ShouldBe(fromCsv);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task After_a_second_import_and_an_update_the_report_is_the_files_and_no_kept_counts_are_used(DatabaseProvider provider)
    {
        var records = SyntheticNotifications.Generate(6_000, seed: 11).ToList();
        var location = await databases.EmptyLocationAsync(provider);
        CliRun.Of("import", "notifications", Csv("first.csv", records[..3_000]), "--db", location).ExitCode.ShouldBe(0);
        (await KeptAsync(location)).ShouldBeTrue();

        CliRun.Of("import", "notifications", Csv("second.csv", records[3_000..]), "--db", location).ExitCode.ShouldBe(0);

        (await KeptAsync(location)).ShouldBeFalse("an import into a store holding cases keeps nothing");
        Report("--db", location).ShouldBe(Report("--notifications", Csv("all.csv", records)));

        var changed = records.Select((n, i) => i % 50 == 0 ? n with { AgeMonths = (n.AgeMonths ?? 0) + 1, Gender = null } : n).ToList();
        CliRun.Of("import", "notifications", Csv("changed.csv", changed.Where((_, i) => i % 50 == 0)), "--db", location, "--update").ExitCode.ShouldBe(0);

        (await KeptAsync(location)).ShouldBeFalse();
        Report("--db", location).ShouldBe(Report("--notifications", Csv("all-changed.csv", changed)));
    }

    private string Csv(string name, IEnumerable<Notification> records)
    {
        var path = _dir.File(name);
        using var file = File.Create(path);
        NotificationCsv.Write(file, records);
        return path;
    }

    /// <summary>The JSON report of the whole data set, but for the time it was made.</summary>
    private static string Report(string source, string location)
    {
        var run = CliRun.Of("report", source, location, "--format", "json");
        run.ExitCode.ShouldBe(0, run.ToString());
        GeneratedAt().Matches(run.Out).Count.ShouldBe(1);
        return GeneratedAt().Replace(run.Out, string.Empty);
    }

    /// <summary>Whether the store keeps counts that are current.</summary>
    private static async Task<bool> KeptAsync(string location)
    {
        await using var store = await CaseStore.OpenAsync(location);
        return await new KeptNotificationCounts(store).ReadCurrentAsync(NotificationCounts.KeptFormat) is not null;
    }

    [GeneratedRegex("\"generated_at\": *\"[^\"]*\"")]
    private static partial Regex GeneratedAt();
}
