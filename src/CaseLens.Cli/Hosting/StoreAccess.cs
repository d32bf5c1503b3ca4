using CaseLens.Cli.Problems;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Opening;
using Problem = CaseLens.Cli.Problems.Problem;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Opens the store a command names with <c>--db</c>, for what the command does with it
/// (<see cref="StoreUse"/>): only an import (and <c>store init</c>) may create or migrate a store;
/// commands that read refuse a missing, empty, foreign, older or incompatible newer store with exit 2
/// and change nothing.
/// </summary>
internal static class StoreAccess
{
    /// <summary>The store for an import: created or migrated when needed; else a failure (another program's database, a newer CaseLens's store).</summary>
    public static Task<(CaseStore? Store, Outcome? Failure)> OpenForWritingAsync(
        StoreLocation location, UnixFileMode newFileMode, CliContext context, CancellationToken cancellationToken) =>
        OpenAsync(location, StoreUse.Create(newFileMode), context, cancellationToken);

    /// <summary>As <see cref="OpenForWritingAsync"/>, saying also whether opening created the store.</summary>
    public static async Task<(OpenedStore? Opened, Outcome? Failure)> OpenCreatingAsync(
        StoreLocation location, UnixFileMode newFileMode, CliContext context, CancellationToken cancellationToken)
    {
        var opened = await StoreOpening.OpenAsync(location, StoreUse.Create(newFileMode), context.Time, cancellationToken).ConfigureAwait(false);
        return opened.Succeeded ? (opened.Value, null) : (null, Refused(opened));
    }

    /// <summary>The store for reading, or a failure when it is missing or cannot be read by this version.</summary>
    public static Task<(CaseStore? Store, Outcome? Failure)> OpenForReadingAsync(
        StoreLocation location, CliContext context, CancellationToken cancellationToken) =>
        OpenAsync(location, StoreUse.Read, context, cancellationToken);

    /// <summary>The outcome of a refused use case: exit 1 for a failure, exit 2 for anything else, with every problem.</summary>
    public static Outcome Refused(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Kind == ProblemKind.Failure
            ? Outcome.Failed(string.Join(" ", result.Problems.Select(p => p.Message)))
            : Outcome.Invalid(result.Problems.Select(p => new Problem(p.Message, p.Line, p.Column)));
    }

    private static async Task<(CaseStore? Store, Outcome? Failure)> OpenAsync(
        StoreLocation location, StoreUse use, CliContext context, CancellationToken cancellationToken)
    {
        var opened = await StoreOpening.OpenAsync(location, use, context.Time, cancellationToken).ConfigureAwait(false);
        return opened.Succeeded ? (opened.Value.Store, null) : (null, Refused(opened));
    }
}
