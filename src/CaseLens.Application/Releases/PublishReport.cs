using System.Globalization;
using CaseLens.Analysis.Disclosure;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Opening;
using CaseLens.Storage.Releases;

namespace CaseLens.Application.Releases;

/// <summary>
/// Publishes a report made from a store: protects it under its policy, audits it together with every
/// earlier release recorded in that store's ledger (over the union of their equations), and records it.
/// Every earlier release counts: all count cases of the same store, and even two that share no case
/// reveal through a third (the whole period minus one study year is the other year); parts of the
/// union that share no atom are solved apart, so unrelated releases cost little. A report that would
/// let a reader work out a hidden number is refused (<see cref="ProblemKind.Conflict"/>, code
/// <see cref="RefusedCode"/>, one problem per cell naming the release), or with
/// <see cref="PublishRequest.Protect"/> hides more of itself until the union passes. Earlier releases
/// are never changed.
/// </summary>
public sealed class PublishReport(TimeProvider time)
{
    /// <summary>The code of a report refused because, read with earlier releases, it reveals a hidden number.</summary>
    public const string RefusedCode = "release.refused";

    /// <summary>The code of a report whose cases contradict what earlier releases published (the store changed since).</summary>
    public const string ContradictedCode = "release.contradicted";

    /// <summary>How many cells a refusal names; the rest are counted.</summary>
    public const int CellsNamed = 20;

    /// <summary>Opens the store at <paramref name="location"/> for writing (never creating or migrating it) and publishes there.</summary>
    public async Task<Result<PublishedReport>> RunAsync(StoreLocation location, PublishRequest request, CancellationToken cancellationToken = default)
    {
        var opened = await StoreOpening.OpenAsync(location, StoreUse.Write, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<PublishedReport>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value.Store;
        return await RunAsync(store, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes <paramref name="request"/>'s report from <paramref name="store"/>, whose ledger records it.</summary>
    public async Task<Result<PublishedReport>> RunAsync(CaseStore store, PublishRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ledger = new ReleaseLedger(store);
        var entries = await ledger.ListAsync(cancellationToken).ConfigureAwait(false);
        var earlier = entries.Select(LedgerRecords.Release).ToList();
        ReleaseDecision decision;
        try
        {
            decision = ReleaseAudit.Publish(request.Report, request.Atoms, request.Policy, earlier, request.Protect);
        }
        catch (InvalidOperationException) when (earlier.Count > 0)
        {
            // The solver found the published numbers inconsistent: the cases are not those the earlier
            // releases counted. Auditing against them would prove nothing, so nothing is published.
            return Result<PublishedReport>.Fail(ProblemKind.Conflict, new Problem(
                ContradictedCode,
                $"this report's cases contradict what release {string.Join(", ", entries.Select(LedgerRecords.Id))} published: the store has changed since, so the report cannot be checked against them and is not published"));
        }

        if (decision.Refused)
        {
            return Result<PublishedReport>.Fail(ProblemKind.Conflict, Refusal(decision.Conflicts, request.Protect));
        }

        var published = decision.Published!;
        var release = Release.Of(string.Empty, published, time.GetUtcNow());
        var recorded = await ledger.RecordAsync(LedgerRecords.Entry(release, request.Actor), entries.Count == 0 ? 0 : entries[^1].Id, cancellationToken).ConfigureAwait(false);
        return recorded.Succeeded
            ? Result<PublishedReport>.Ok(new PublishedReport(published, LedgerRecords.Id(recorded.Value)))
            : Result<PublishedReport>.Fail(recorded.Kind!.Value, recorded.Problems);
    }

    private static IEnumerable<Problem> Refusal(IReadOnlyList<ReleaseConflict> conflicts, bool protect)
    {
        foreach (var conflict in conflicts.Take(CellsNamed))
        {
            yield return new Problem(RefusedCode, $"refused: {conflict}");
        }

        if (conflicts.Count > CellsNamed)
        {
            yield return new Problem(RefusedCode, string.Create(CultureInfo.InvariantCulture, $"refused: {conflicts.Count - CellsNamed} more cells could be worked out"));
        }

        yield return new Problem(RefusedCode, protect
            ? "nothing was published or recorded: these cells stay open even with more of this report hidden"
            : "nothing was published or recorded: publish it protected against earlier releases (--protect-against-releases) to hide more of it instead");
    }
}
