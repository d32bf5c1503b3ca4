using System.Globalization;

namespace CaseLens.Cli.Importing;

/// <summary>
/// A test hook, and the only one: when the environment variable <c>CASELENS_TEST_PAUSE_AFTER_ROWS</c>
/// holds a number N, an import says so on standard error after storing N rows (inside its
/// uncommitted transaction) and waits a minute, so a test can kill the process mid-import.
/// It changes nothing else and is off unless the variable is set.
/// </summary>
internal sealed class TestPause
{
    public const string Variable = "CASELENS_TEST_PAUSE_AFTER_ROWS";

    private readonly long _afterRows;

    private TestPause(long afterRows) => _afterRows = afterRows;

    public static TestPause? FromEnvironment() =>
        long.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0
            ? new TestPause(rows)
            : null;

    public async Task AfterRowAsync(long rows, TextWriter error, CancellationToken cancellationToken)
    {
        if (rows == _afterRows)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"caselens: test pause after {rows} rows")).ConfigureAwait(false);
            await error.FlushAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        }
    }
}
