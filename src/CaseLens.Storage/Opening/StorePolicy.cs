using CaseLens.Domain.Problems;
using Npgsql;

namespace CaseLens.Storage.Opening;

/// <summary>
/// The one rule for what each <see cref="StoreUse"/> accepts. Only <see cref="StoreUseKind.Create"/>
/// makes a missing or empty store or applies pending migrations. Nothing takes over another program's
/// database, and nothing writes to a store a newer CaseLens has migrated; reading one is allowed when
/// <see cref="SchemaCompatibility"/> says it is readable.
/// </summary>
internal static class StorePolicy
{
    private const string Init = "`caselens store init` creates and migrates stores";

    /// <summary>Null when <paramref name="use"/> may go ahead on the store found; else why not.</summary>
    public static Result? Refusal(StoreLocation location, StoreInspection found, StoreUse use)
    {
        var creating = use.Kind == StoreUseKind.Create;
        return found.Condition switch
        {
            StoreCondition.Missing when !creating => Fail(ProblemKind.NotFound, "store.missing", location.Provider == DatabaseProvider.Sqlite
                ? $"there is no store at {location} (check --db; {Init})"
                : $"there is no database '{new NpgsqlConnectionStringBuilder(location.ConnectionString).Database}' on the server at {location}: nothing was created (check --db; {Init})"),
            StoreCondition.Empty when !creating => Fail(ProblemKind.Invalid, "store.empty",
                $"{location} is empty, not a CaseLens store: nothing was read or written ({Init})"),
            StoreCondition.Foreign => Fail(ProblemKind.Invalid, "store.foreign",
                $"{location} is not a CaseLens store ({found.Detail}): it was left as it was; name a CaseLens store with --db"),
            StoreCondition.CaseLens when found.Unknown.Count > 0 && (use.Kind != StoreUseKind.Read || !SchemaCompatibility.Readable(found.Unknown)) =>
                Fail(ProblemKind.Conflict, "store.newer",
                    $"{location} was migrated by a newer CaseLens (migration {found.Unknown[^1]} is unknown to this version): "
                    + (use.Kind == StoreUseKind.Read
                        ? "its schema is not marked readable by older versions; use that version or a later one"
                        : "this version does not write to it; use that version or a later one")),
            StoreCondition.CaseLens when found.Pending.Count > 0 && !creating => Fail(ProblemKind.Invalid, "store.outdated",
                $"{location} was made by an older CaseLens and needs {found.Pending.Count} migration(s): nothing was read or written; `caselens store init` brings it up to date"),
            _ => null,
        };
    }

    private static Result Fail(ProblemKind kind, string code, string message) => Result.Fail(kind, new Problem(code, message));
}
