using System.CommandLine;
using System.Globalization;
using CaseLens.Analysis.Sampling;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Storage.Querying;
using CaseLens.Storage;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens sample</c>: a reproducible stratified selection of stored SCR cases for the intensive
/// sample (strata: age group × incident type; within strata balanced on gender, ethnicity and region).
/// </summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var filters = new FilterOptions();
        var size = new Option<int>("--size")
        {
            Description = "How many SCR cases to select. The default is 40, as in the seed's intensive sample.",
            HelpName = "N",
            DefaultValueFactory = _ => 40,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of the draw: the same seed and cases always give the same sample. The default is 1.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        var idsOnly = new Option<bool>("--ids-only")
        {
            Description = "Print only the selected case ids, one per line (for scripts).",
        };
        var command = new DocumentedCommand(
            "sample",
            "Select a reproducible stratified sample of stored SCR cases for intensive study: strata of age group by incident type "
            + "in proportion to the cases, balanced within strata on gender, ethnicity and region. Read-only; prints the case ids, "
            + "the strata and how the sample compares with the cases it came from.",
            "caselens sample --size 40 --seed 2009",
            "caselens sample --study-year 2006-07 --size 20 --ids-only > sample-ids.txt")
        {
            db,
            size,
            seed,
            idsOnly,
        };
        filters.AddTo(command, withStatus: false);
        command.SetHandler(context, (parse, token) => SelectAsync(
            parse.GetRequiredValue(db), filters.Read(parse), parse.GetValue(size), parse.GetValue(seed), parse.GetValue(idsOnly), context, token));
        return command;
    }

    private static async Task<Outcome> SelectAsync(
        StoreLocation database, NotificationFilter filter, int size, int seed, bool idsOnly, CliContext context, CancellationToken cancellationToken)
    {
        var (store, failure) = await StoreAccess.OpenForReadingAsync(database, context, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return failure!;
        }

        var reviews = new List<Notification>();
        await using (store)
        {
            await foreach (var n in store.StreamNotificationsAsync(filter with { ScrStatus = ScrStatus.Yes }, NotificationReadOptions.WithoutNarrative, cancellationToken).ConfigureAwait(false))
            {
                reviews.Add(n);
            }
        }

        var sample = IntensiveSampleSelection.Select(reviews, size, seed);
        if (!sample.Succeeded)
        {
            return Outcome.Invalid(sample.Problems.Select(p => new Problem(p)));
        }

        if (idsOnly)
        {
            foreach (var n in sample.Cases)
            {
                await context.Out.WriteLineAsync(n.CaseId).ConfigureAwait(false);
            }

            return Outcome.Ok;
        }

        Tables.Write(context.Out, ["case id", "age group", "incident type"], sample.Cases.Select(n => new[]
        {
            n.CaseId,
            n.AgeMonths is { } months ? Codes<AgeGroup>.Code(Age.GroupOf(months)) : "not_known",
            n.IncidentType is { } type ? Codes<IncidentType>.Code(type) : "not_known",
        }));
        Tables.Write(context.Out, ["age group", "incident type", "SCR cases", "proportional share", "selected"], sample.Strata.Select(s => new[]
        {
            s.AgeGroup is { } age ? Codes<AgeGroup>.Code(age) : "not_known",
            s.IncidentType is { } type ? Codes<IncidentType>.Code(type) : "not_known",
            s.Population.ToString(CultureInfo.InvariantCulture),
            s.Proportional.ToString("0.00", CultureInfo.InvariantCulture),
            s.Allocated.ToString(CultureInfo.InvariantCulture),
        }));
        if (sample.Balance is { } balance)
        {
            Tables.Write(context.Out, ["characteristic", "SCR cases", "sample"], balance.Rows.Select(r => new[]
            {
                r.Label,
                Shown(r.Cells.GetValueOrDefault("population")),
                Shown(r.Cells.GetValueOrDefault("sample")),
            }));
        }

        await context.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"Selected {sample.Cases.Count} of {reviews.Count(r => r.Exclusion is null)} SCR cases (seed {seed}).")).ConfigureAwait(false);
        return Outcome.Ok;
    }

    private static string Shown(Analysis.Reports.Cell? cell) => cell is { Count: { } count }
        ? string.Create(CultureInfo.InvariantCulture, $"{count} ({cell.Percent}%)")
        : string.Empty;
}
