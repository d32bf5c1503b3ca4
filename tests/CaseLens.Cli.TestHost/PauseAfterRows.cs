using System.Globalization;
using CaseLens.Application.Importing;

namespace CaseLens.Cli.TestHost;

/// <summary>
/// The pause a crash test needs: when the environment variable <c>CASELENS_TEST_PAUSE_AFTER_ROWS</c>
/// holds a number N, an import says so on standard error after storing N rows (inside its
/// uncommitted transaction) and waits a minute, so that the test can kill the process mid-import.
/// </summary>
internal sealed class PauseAfterRows(long afterRows, TextWriter error) : IImportCheckpoint
{
    public const string Variable = "CASELENS_TEST_PAUSE_AFTER_ROWS";

    public static PauseAfterRows? FromEnvironment(TextWriter error) =>
        long.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0
            ? new PauseAfterRows(rows, error)
            : null;

    public async ValueTask AfterRowAsync(long rows, CancellationToken cancellationToken)
    {
        if (rows == afterRows)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"caselens: test pause after {rows} rows")).ConfigureAwait(false);
            await error.FlushAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        }
    }
}
