using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Synthesis;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens synth --rows N [--seed S] --output FILE</c>: valid synthetic notifications (<see cref="SyntheticFile"/>).</summary>
internal static class SynthCommand
{
    public static Command Create(CliContext context)
    {
        var rows = new Option<int>("--rows") { Description = "How many notifications to write.", Required = true, HelpName = "N" };
        rows.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--rows must be 0 or more.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "The seed: the same seed always gives the same file. The default is 1.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<FileInfo>("--output") { Description = "The CSV file to write (replaced, whole, if it exists).", Required = true, HelpName = "FILE" };
        var mode = CommonOptions.FileMode();
        var command = new DocumentedCommand("synth", 
            "Write valid synthetic notifications (no real children) in the notifications interchange format, for trials and load tests.",
            "caselens synth --rows 100000 --seed 7 --output synthetic.csv")
        {
            rows, seed, output, mode,
        };
        command.SetHandler(context, async (parse, _) =>
        {
            var file = parse.GetRequiredValue(output);
            var count = parse.GetValue(rows);
            var written = await SyntheticFile.WriteAsync(file, count, parse.GetValue(seed), parse.GetValue(mode)).ConfigureAwait(false);
            if (!written.Succeeded)
            {
                return written;
            }

            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count:N0} synthetic notifications to {file.Name}."));
            return Result.Success;
        });
        return command;
    }
}
