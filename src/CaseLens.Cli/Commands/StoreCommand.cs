using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Stores;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens store init [--db DB] [--mode MODE]</c>: creates a store, or brings one up to date with
/// this version's schema (<see cref="StoreInitialisation"/>). Besides an import, the only command that
/// creates or migrates a store.
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
        init.SetHandler(context, async (parse, token) =>
        {
            var location = parse.GetRequiredValue(db);
            var initialised = await StoreInitialisation.InitAsync(location, parse.GetValue(mode), context.Time, token).ConfigureAwait(false);
            if (!initialised.Succeeded)
            {
                return initialised;
            }

            var (created, applied) = (initialised.Value.Created, initialised.Value.Applied);
            await context.Out.WriteLineAsync(
                created ? string.Create(CultureInfo.InvariantCulture, $"Created a new store at {location} ({applied.Count} migration(s) applied).")
                : applied.Count > 0 ? $"Brought the store at {location} up to date: applied {string.Join(", ", applied)}."
                : $"The store at {location} is up to date; nothing was changed.").ConfigureAwait(false);
            return Result.Success;
        });
        return new DocumentedCommand("store", "Manage the store itself: create it or bring its schema up to date.", "caselens store init") { init };
    }
}
