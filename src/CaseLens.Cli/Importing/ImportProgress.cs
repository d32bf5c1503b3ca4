using System.Globalization;
using CaseLens.Cli.Hosting;
using Spectre.Console;

namespace CaseLens.Cli.Importing;

/// <summary>
/// The progress of a long import on standard error, by bytes of the file read, with the rows read so
/// far. Drawn only when standard error is a terminal; otherwise every report is ignored.
/// </summary>
internal sealed class ImportProgress
{
    /// <summary>Files smaller than this import in a blink; no bar is drawn for them.</summary>
    private const long LongFileBytes = 1_000_000;

    private readonly ProgressTask? _task;

    private ImportProgress(ProgressTask? task) => _task = task;

    public static async Task<T> RunAsync<T>(CliContext context, long fileBytes, Func<ImportProgress, Task<T>> work)
    {
        if (!context.ErrorIsTerminal || fileBytes < LongFileBytes)
        {
            return await work(new ImportProgress(null)).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return await new Progress(console, context.Time)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(ctx => work(new ImportProgress(ctx.AddTask("Importing", maxValue: fileBytes))))
            .ConfigureAwait(false);
    }

    /// <summary>Reports the bytes read and rows imported so far.</summary>
    public void Read(long bytes, long rows)
    {
        if (_task is not null)
        {
            _task.Value = bytes;
            _task.Description = string.Create(CultureInfo.InvariantCulture, $"Importing {rows:N0} rows");
        }
    }
}
