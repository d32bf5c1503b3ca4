namespace CaseLens.Cli.Hosting;

/// <summary>
/// What every command writes to and reads the time from. <see cref="ErrorIsTerminal"/> is true only
/// when standard error is a real terminal, which is when a progress bar may be drawn on it.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, bool ErrorIsTerminal);
