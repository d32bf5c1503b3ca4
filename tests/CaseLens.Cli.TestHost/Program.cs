using CaseLens.Cli;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.TestHost;

// The same command line as caselens; only the import checkpoint differs.
return CaseLensApp.Run(
    args,
    new CliContext(Console.Out, Console.Error, TimeProvider.System, ErrorIsTerminal: !Console.IsErrorRedirected, PauseAfterRows.FromEnvironment(Console.Error)));
