namespace CaseLens.Application.Importing;

/// <summary>
/// Called by an import after each row it has stored, inside its still uncommitted transaction. The
/// production one (<see cref="NoImportCheckpoint"/>) does nothing; a test host installs one that
/// pauses, so that a test can kill the process mid-import and see the store unchanged.
/// </summary>
public interface IImportCheckpoint
{
    /// <summary>Runs after the <paramref name="rows"/>-th row has been stored.</summary>
    ValueTask AfterRowAsync(long rows, CancellationToken cancellationToken);
}

/// <summary>The checkpoint of every real import: nothing happens between rows.</summary>
public sealed class NoImportCheckpoint : IImportCheckpoint
{
    /// <summary>The one instance.</summary>
    public static NoImportCheckpoint Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask AfterRowAsync(long rows, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
