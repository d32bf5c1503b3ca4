using CaseLens.Cli;
using CaseLens.Cli.Hosting;

return CaseLensApp.Run(
    args,
    new CliContext(Console.Out, Console.Error, TimeProvider.System, ErrorIsTerminal: !Console.IsErrorRedirected));
