using System.CommandLine;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens sample</c>: a stratified selection of reviews for the intensive sample.</summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var size = new Option<int>("--size")
        {
            Description = "How many reviews to select. The default is 40, as in the seed's intensive sample.",
            HelpName = "N",
            DefaultValueFactory = _ => 40,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of the random draw, so a selection can be repeated. The default is 1.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        var command = new DocumentedCommand("sample", 
            "Select a stratified random sample of stored reviews (SCR cases) for intensive study, in proportion to "
            + "the reviews by region and incident type. Read-only; prints the selected case ids.",
            "caselens sample --size 40 --seed 2009")
        {
            db,
            size,
            seed,
        };
        command.SetHandler(context, parse => Pending.NotYet("sample"));
        return command;
    }
}
