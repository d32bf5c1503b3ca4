using System.Text.Json;
using CaseLens.Domain.Notifications;
using CaseLens.Storage;
using CaseLens.Storage.Auditing;
using CaseLens.TestKit;
using CaseLens.TestKit.Databases;

namespace CaseLens.Cli.Tests.Races;

/// <summary>
/// Two real <c>caselens import</c> processes started together on one store, round after round.
/// Without <c>--update</c> exactly one may win, whatever the timing; with it, both land one after
/// the other and the audit chain holds every version once, in order.
/// </summary>
public sealed class ImportRaceTests(StoreFixture databases) : IClassFixture<StoreFixture>, IDisposable
{
    // 50 rounds per database and case: 400 processes, about 480 s of processor time in all.
    // CASELENS_RACE_ROUNDS asks for fewer (or more) on a developer's machine.
    private static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("CASELENS_RACE_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 50;
    private const int Rows = 300;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory, OnSqlite, OnPostgres]
    public async Task Without_update_exactly_one_of_two_concurrent_imports_of_the_same_ids_wins(DatabaseProvider provider)
    {
        var versions = Versions();
        for (var round = 1; round <= Rounds; round++)
        {
            var location = await databases.EmptyLocationAsync(provider);
            await using (await CaseStore.OpenAsync(location))
            {
            }

            var runs = await RaceAsync(location, update: false);

            var context = Describe(round, runs);
            runs.Select(r => r.ExitCode).Order().ToList().ShouldBe([0, 2], customMessage: context);
            var winner = runs[0].ExitCode == 0 ? "alpha" : "beta";
            var loser = runs[0].ExitCode == 0 ? runs[1] : runs[0];
            loser.ErrorLines.Count(l => l.Contains("is already stored", StringComparison.Ordinal)).ShouldBe(Rows, context);
            loser.Error.ShouldContain($"case id '{versions[winner][0].CaseId}' is already stored", Case.Sensitive, context);
            await using var store = await CaseStore.OpenAsync(location);
            (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(versions[winner], customMessage: context);
            var entry = (await store.ListAuditEntriesAsync()).ShouldHaveSingleItem(context);
            (entry.Action, entry.Actor).ShouldBe((AuditAction.Import, winner), context);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task With_update_two_concurrent_imports_both_land_and_the_audit_chain_holds_every_version_in_order(DatabaseProvider provider)
    {
        var versions = Versions();
        for (var round = 1; round <= Rounds; round++)
        {
            var location = await databases.EmptyLocationAsync(provider);
            await using (var seeded = await CaseStore.OpenAsync(location))
            {
                await seeded.ImportAsync(versions["seed"], actor: "seed");
            }

            var runs = await RaceAsync(location, update: true);

            var context = Describe(round, runs);
            runs.Select(r => r.ExitCode).ShouldBe([0, 0], customMessage: context);
            await using var store = await CaseStore.OpenAsync(location);
            var entries = await store.ListAuditEntriesAsync();
            var imports = entries.Where(e => e.Action == AuditAction.Import).ToList();
            imports.Count.ShouldBe(3, context);
            var (first, last) = (imports[1].Actor, imports[2].Actor);
            new[] { first, last }.Order(StringComparer.Ordinal).ToList().ShouldBe(["alpha", "beta"], customMessage: context);
            (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(versions[last], customMessage: context);
            var updates = entries.Where(e => e.Action == AuditAction.Update).ToList();
            updates.Count.ShouldBe(2 * Rows, context);

            // Each import's updates are recorded before its own entry, and the second's after the first's.
            updates.Where(u => u.Actor == first).ShouldAllBe(u => u.Id < imports[1].Id, context);
            updates.Where(u => u.Actor == last).ShouldAllBe(u => u.Id > imports[1].Id && u.Id < imports[2].Id, context);
            foreach (var chain in updates.GroupBy(u => u.CaseId))
            {
                chain.Select(u => (u.Actor, Board(u.Before), Board(u.After))).ShouldBe(
                    [(first, RaceVersions.Board("seed"), RaceVersions.Board(first)), (last, RaceVersions.Board(first), RaceVersions.Board(last))],
                    customMessage: $"{context}\ncase {chain.Key}");
                chain.First().After.ShouldBe(chain.Last().Before, context);
            }
        }
    }

    [Fact]
    public async Task An_import_that_creates_a_store_and_fails_never_takes_away_what_another_import_stored()
    {
        // Both start on a missing file. "broken" has a bad last row: it may create the store, store
        // nothing, and remove the store again. Whatever the timing, "alpha" either lands and stays, or
        // is told plainly that its store went away and stores nothing.
        var alpha = RaceVersions.Write(_dir.File("alpha.csv"), RaceVersions.Of("alpha", Rows, seed: 2));
        var broken = RaceVersions.Write(_dir.File("broken.csv"), RaceVersions.Of("broken", Rows, seed: 3));
        File.AppendAllText(broken, "R99999,2005-04-03\n");
        var landed = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var location = databases.NewSqliteFile();

            var runs = await CaseLensProcess.RunTogetherAsync(Import(alpha, location, "alpha", update: false), Import(broken, location, "broken", update: false));

            var context = Describe(round, runs);
            runs[1].ExitCode.ShouldBe(2, context);
            if (runs[0].ExitCode == 0)
            {
                landed++;
                File.Exists(location).ShouldBeTrue(context);
                await using var store = await CaseStore.OpenAsync(location);
                (await store.StreamNotificationsAsync().ToListAsync()).ShouldBe(RaceVersions.Of("alpha", Rows, seed: 2), customMessage: context);
            }
            else
            {
                // Its store went away under it: a failure (exit 1) that stored nothing, never a success.
                runs[0].ExitCode.ShouldBe(1, context);
                runs[0].Error.ShouldNotContain("Imported", Case.Sensitive, context);
            }
        }

        landed.ShouldBeGreaterThan(0, "alpha never landed: the race was not run");
    }

    private static Dictionary<string, IReadOnlyList<Notification>> Versions() => new(StringComparer.Ordinal)
    {
        ["seed"] = RaceVersions.Of("seed", Rows, seed: 1),
        ["alpha"] = RaceVersions.Of("alpha", Rows, seed: 2),
        ["beta"] = RaceVersions.Of("beta", Rows, seed: 3),
    };

    private async Task<CliRun[]> RaceAsync(string location, bool update)
    {
        var alpha = RaceVersions.Write(_dir.File("alpha.csv"), RaceVersions.Of("alpha", Rows, seed: 2));
        var beta = RaceVersions.Write(_dir.File("beta.csv"), RaceVersions.Of("beta", Rows, seed: 3));
        return await CaseLensProcess.RunTogetherAsync(Import(alpha, location, "alpha", update), Import(beta, location, "beta", update));
    }

    private static string[] Import(string file, string location, string actor, bool update) =>
        ["import", "notifications", file, "--db", location, "--actor", actor, .. update ? new[] { "--update" } : []];

    private static string? Board(string? json)
    {
        using var document = JsonDocument.Parse(json ?? "null");
        return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.GetProperty("board").GetString() : null;
    }

    /// <summary>The round and each run's exit code and first lines, for a failure message.</summary>
    private static string Describe(int round, CliRun[] runs) =>
        $"round {round}:\n" + string.Join("\n", runs.Select((r, i) =>
            $"  {(i == 0 ? "alpha" : "beta")}: exit {r.ExitCode}; {r.Out.Trim()} {string.Join(" | ", r.ErrorLines.Take(2))}"));
}
