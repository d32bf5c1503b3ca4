using System.Globalization;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Sampling;
using CaseLens.Application.Printing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Storage.Querying;

namespace CaseLens.Application.Sampling;

/// <summary>
/// <c>sample</c>: a reproducible stratified selection of stored SCR cases for the intensive sample
/// (<see cref="IntensiveSampleSelection"/>: strata of age group × incident type, balanced within strata
/// on gender, ethnicity and region). Reads only; never the board or the case outline.
/// </summary>
public static class SampleDraw
{
    /// <summary>What to draw from and how many.</summary>
    /// <param name="Database">The store.</param>
    /// <param name="Filter">Which notifications the SCR cases are drawn from (the review status is always yes).</param>
    /// <param name="Size">How many cases to select.</param>
    /// <param name="Seed">The seed of the draw: the same seed and cases always give the same sample.</param>
    public sealed record Request(StoreAddress Database, NotificationFilter Filter, int Size, int Seed);

    /// <summary>The sample, or why none could be drawn.</summary>
    public static async Task<Result<DrawnSample>> RunAsync(Request request, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var opened = await StoreAccess.OpenForReadingAsync(request.Database, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<DrawnSample>.Fail(opened.Kind!.Value, opened.Problems);
        }

        var reviews = new List<Notification>();
        await using (var store = opened.Value)
        {
            var filter = request.Filter with { ScrStatus = ScrStatus.Yes };
            await foreach (var n in store.StreamNotificationsAsync(filter, NotificationReadOptions.WithoutNarrative, cancellationToken).ConfigureAwait(false))
            {
                reviews.Add(n);
            }
        }

        var sample = IntensiveSampleSelection.Select(reviews, request.Size, request.Seed);
        if (!sample.Succeeded)
        {
            return Result<DrawnSample>.Fail(ProblemKind.Invalid, sample.Problems);
        }

        return Result<DrawnSample>.Ok(new DrawnSample(
            [.. sample.Cases.Select(n => n.CaseId)],
            new TextTable(["case id", "age group", "incident type"], [.. sample.Cases.Select(n => (IReadOnlyList<string>)
            [
                n.CaseId,
                n.AgeMonths is { } months ? Codes<AgeGroup>.Code(Age.GroupOf(months)) : "not_known",
                n.IncidentType is { } type ? Codes<IncidentType>.Code(type) : "not_known",
            ])]),
            new TextTable(["age group", "incident type", "SCR cases", "proportional share", "selected"], [.. sample.Strata.Select(s => (IReadOnlyList<string>)
            [
                s.AgeGroup is { } age ? Codes<AgeGroup>.Code(age) : "not_known",
                s.IncidentType is { } type ? Codes<IncidentType>.Code(type) : "not_known",
                s.Population.ToString(CultureInfo.InvariantCulture),
                s.Proportional.ToString("0.00", CultureInfo.InvariantCulture),
                s.Allocated.ToString(CultureInfo.InvariantCulture),
            ])]),
            sample.Balance is { } balance
                ? new TextTable(["characteristic", "SCR cases", "sample"], [.. balance.Rows.Select(r => (IReadOnlyList<string>)
                [
                    r.Label,
                    Shown(r.Cells.GetValueOrDefault("population")),
                    Shown(r.Cells.GetValueOrDefault("sample")),
                ])])
                : null,
            reviews.Count(TableBases.IsScrCase)));
    }

    private static string Shown(Cell? cell) => cell is { Count: { } count }
        ? string.Create(CultureInfo.InvariantCulture, $"{count} ({cell.Percent}%)")
        : string.Empty;
}

/// <summary>A drawn sample, in words.</summary>
/// <param name="CaseIds">The selected case ids, in case-id order.</param>
/// <param name="Cases">Each selected case's id, age group and incident type.</param>
/// <param name="Strata">Each stratum's SCR cases, proportional share and cases selected.</param>
/// <param name="Balance">How the sample compares with the SCR cases it came from, characteristic by characteristic.</param>
/// <param name="Candidates">How many SCR cases it was drawn from.</param>
public sealed record DrawnSample(IReadOnlyList<string> CaseIds, TextTable Cases, TextTable Strata, TextTable? Balance, int Candidates);
