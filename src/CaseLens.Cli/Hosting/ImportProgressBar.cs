using System.Globalization;
using CaseLens.Application.Importing;
using Spectre.Console;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// The progress of a long import on standard error, by bytes of the file read, with the rows read so
/// far. Drawn only when standard error is a terminal; otherwise every report is ignored.
/// </summary>
internal sealed class ImportProgressBar : IProgress<ImportProgress>
{
    /// <summary>Files smaller than this import in a blink; no bar is drawn for them.</summary>
    private const long LongFileBytes = 1_000_000;

    private readonly ProgressTask? _task;

    private ImportProgressBar(ProgressTask? task) => _task = task;

    public static async Task<T> RunAsync<T>(CliContext context, long fileBytes, Func<ImportProgressBar, Task<T>> work)
    {
        if (!context.ErrorIsTerminal || fileBytes < LongFileBytes)
        {
            return await work(new ImportProgressBar(null)).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return await new Progress(console, context.Time)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(ctx => work(new ImportProgressBar(ctx.AddTask("Importing", maxValue: fileBytes))))
            .ConfigureAwait(false);
    }

    /// <summary>Shows the bytes read and rows imported so far.</summary>
    public void Report(ImportProgress value)
    {
        if (_task is not null)
        {
            _task.Value = value.Bytes;
            _task.Description = string.Create(CultureInfo.InvariantCulture, $"Importing {value.Rows:N0} rows");
        }
    }
}
