using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Sampling;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens sample</c>: a reproducible stratified selection of stored SCR cases for the intensive
/// sample (strata: age group × incident type; within strata balanced on gender, ethnicity and region; <see cref="SampleDraw"/>).
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
        command.SetHandler(context, async (parse, token) =>
        {
            var request = new SampleDraw.Request(parse.GetRequiredValue(db), filters.Read(parse), parse.GetValue(size), parse.GetValue(seed));
            var drawn = await SampleDraw.RunAsync(request, context.Time, token).ConfigureAwait(false);
            if (drawn.Succeeded)
            {
                await PrintAsync(drawn.Value, request.Seed, parse.GetValue(idsOnly), context).ConfigureAwait(false);
            }

            return drawn;
        });
        return command;
    }

    private static async Task PrintAsync(DrawnSample sample, int seed, bool idsOnly, CliContext context)
    {
        if (idsOnly)
        {
            foreach (var id in sample.CaseIds)
            {
                await context.Out.WriteLineAsync(id).ConfigureAwait(false);
            }

            return;
        }

        Tables.Write(context.Out, sample.Cases);
        Tables.Write(context.Out, sample.Strata);
        if (sample.Balance is { } balance)
        {
            Tables.Write(context.Out, balance);
        }

        await context.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"Selected {sample.CaseIds.Count} of {sample.Candidates} SCR cases (seed {seed}).")).ConfigureAwait(false);
    }
}
