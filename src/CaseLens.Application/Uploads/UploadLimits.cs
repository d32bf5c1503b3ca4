namespace CaseLens.Application.Uploads;

/// <summary>
/// How large an upload may be and how long a checked upload waits for its confirmation. The web
/// holds the file in memory while it arrives, so the size limit is also the memory one request may take.
/// </summary>
/// <param name="MaxBytes">The largest file accepted (64 MiB by default: about 100,000 notifications as CSV).</param>
/// <param name="Lifetime">How long a checked upload may wait to be confirmed before it is deleted (30 minutes by default).</param>
/// <param name="Folder">Where uploads wait; null for a new private folder in the system's temporary folder.</param>
public sealed record UploadLimits(long MaxBytes, TimeSpan Lifetime, string? Folder = null)
{
    /// <summary>64 MiB, 30 minutes, a private temporary folder.</summary>
    public static UploadLimits Default { get; } = new(64L << 20, TimeSpan.FromMinutes(30));

    /// <summary>The limit as people read it: "64 MB".</summary>
    public string MaxText => MaxBytes >= 1 << 20 ? $"{MaxBytes >> 20} MB" : $"{Math.Max(1, MaxBytes >> 10)} KB";
}
