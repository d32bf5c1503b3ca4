using CaseLens.Cli.Problems;

namespace CaseLens.Cli.Commands;

/// <summary>Stand-in for commands whose engine (in another project) is not merged yet.</summary>
internal static class Pending
{
    public static Outcome NotYet(string what) => Outcome.Failed($"{what} is not available in this build yet");
}
