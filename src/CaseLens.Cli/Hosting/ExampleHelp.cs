using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Ends the help of every <see cref="DocumentedCommand"/> with an "Examples:" section, by wrapping the
/// standard help action (System.CommandLine 3 keeps its help layout types internal).
/// </summary>
internal sealed class ExampleHelp(CommandLineAction standard, IReadOnlyList<string> rootExamples) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public static void AddTo(RootCommand root, params string[] rootExamples)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: { } standard } help)
            {
                help.Action = new ExampleHelp(standard, rootExamples);
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var code = standard is SynchronousCommandLineAction synchronous ? synchronous.Invoke(parseResult) : 0;
        var examples = parseResult.CommandResult.Command switch
        {
            DocumentedCommand command => command.Examples,
            RootCommand => rootExamples,
            _ => [],
        };
        if (examples.Count > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return code;
    }
}
