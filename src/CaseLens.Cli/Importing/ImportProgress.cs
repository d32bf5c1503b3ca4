using System.Globalization;
using CaseLens.Cli.Hosting;
using Spectre.Console;

namespace CaseLens.Cli.Importing;

/// <summary>
/// The progress of a long import on standard error: the whole-file check (by bytes read, with the
/// rows counted so far), then the rows stored out of the rows checked. Drawn only
/// when standard error is a terminal; otherwise every report is ignored.
/// </summary>
internal sealed class ImportProgress
{
    private readonly ProgressTask? _checking;
    private readonly ProgressTask? _storing;

    private ImportProgress(ProgressTask? checking, ProgressTask? storing)
    {
        _checking = checking;
        _storing = storing;
    }

    /// <summary>Files smaller than this import in a blink; no bar is drawn for them.</summary>
    private const long LongFileBytes = 1_000_000;

    public static async Task<T> RunAsync<T>(CliContext context, long fileBytes, Func<ImportProgress, Task<T>> work)
    {
        if (!context.ErrorIsTerminal || fileBytes < LongFileBytes)
        {
            return await work(new ImportProgress(null, null)).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return await new Progress(console, context.Time)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var checking = ctx.AddTask("Checking", maxValue: fileBytes);
                var storing = ctx.AddTask("Storing", autoStart: false);
                return await work(new ImportProgress(checking, storing)).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    public void Checked(long bytes, long rows)
    {
        if (_checking is not null)
        {
            _checking.Value = bytes;
            _checking.Description = string.Create(CultureInfo.InvariantCulture, $"Checking {rows:N0} rows");
        }
    }

    public void StartStoring(long rows)
    {
        if (_checking is not null && _storing is not null)
        {
            _checking.Value = _checking.MaxValue;
            _checking.Description = string.Create(CultureInfo.InvariantCulture, $"Checked {rows:N0} rows");
            _storing.MaxValue = Math.Max(rows, 1);
            _storing.StartTask();
        }
    }

    public void Stored(long rows)
    {
        if (_storing is not null && rows % 1000 == 0)
        {
            _storing.Value = rows;
            _storing.Description = string.Create(CultureInfo.InvariantCulture, $"Storing {rows:N0} of {_storing.MaxValue:N0} rows");
        }
    }
}
