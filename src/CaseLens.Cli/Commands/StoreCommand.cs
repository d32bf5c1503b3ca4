using System.CommandLine;
using System.Globalization;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Opening;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens store init [--db DB] [--mode MODE]</c>: creates a store, or brings one up to date with
/// this version's schema. Besides an import, the only command that creates or migrates a store.
/// </summary>
internal static class StoreCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var mode = CommonOptions.FileMode();
        var init = new DocumentedCommand("init",
            "Create the store named by --db, or apply the migrations it lacks. A missing SQLite file is created (mode 0600 unless "
            + "--mode says otherwise); a missing PostgreSQL database is created when the user may. Another program's database, "
            + "or a store a newer CaseLens has migrated, is refused (exit 2) and left as it was.",
            "caselens store init --db caselens.db",
            "caselens store init --db \"Host=db.example;Database=caselens;Username=caselens\" --db-password-file ~/.caselens-password")
        {
            db,
            mode,
        };
        init.SetHandler(context, (parse, token) => InitAsync(parse.GetRequiredValue(db), parse.GetValue(mode), context, token));
        return new DocumentedCommand("store", "Manage the store itself: create it or bring its schema up to date.", "caselens store init") { init };
    }

    private static async Task<Outcome> InitAsync(StoreLocation location, UnixFileMode newFileMode, CliContext context, CancellationToken cancellationToken)
    {
        var opened = await StoreOpening.OpenAsync(location, StoreUse.Create(newFileMode), context.Time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return StoreAccess.Refused(opened);
        }

        await using var store = opened.Value.Store;
        var (created, applied) = (opened.Value.Created, opened.Value.Applied);
        await context.Out.WriteLineAsync(
            created ? string.Create(CultureInfo.InvariantCulture, $"Created a new store at {location} ({applied.Count} migration(s) applied).")
            : applied.Count > 0 ? $"Brought the store at {location} up to date: applied {string.Join(", ", applied)}."
            : $"The store at {location} is up to date; nothing was changed.").ConfigureAwait(false);
        return Outcome.Ok;
    }
}
