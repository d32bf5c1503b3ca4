using System.CommandLine;

namespace CaseLens.Cli.Hosting;

/// <summary>A command whose help ends with worked examples (see <see cref="ExampleHelp"/>).</summary>
internal sealed class DocumentedCommand(string name, string description, params string[] examples) : Command(name, description)
{
    /// <summary>Complete command lines, shown under "Examples:" in the command's help.</summary>
    public IReadOnlyList<string> Examples { get; } = examples;
}
