using CaseLens.Application.Importing;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// What every command writes to and reads the time from. <see cref="ErrorIsTerminal"/> is true only
/// when standard error is a real terminal, which is when a progress bar may be drawn on it.
/// <see cref="ImportCheckpoint"/> is called after each row an import stores: nothing, unless a test
/// host installs a pause.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, bool ErrorIsTerminal, IImportCheckpoint? ImportCheckpoint = null);
