using System.Collections.Concurrent;
using System.Security.Cryptography;
using CaseLens.Application.Files;

namespace CaseLens.Application.Uploads;

/// <summary>
/// Where uploaded files wait between their check and their confirmation. Nothing of them is ever
/// readable by another local user: the folder is 0700, each upload has a 0700 folder of its own
/// under a random name, and each file is created exclusively as 0600. An upload is found only by
/// its token together with the account that made it, and is deleted when it is imported, discarded
/// or refused, when it has waited longer than <see cref="UploadLimits.Lifetime"/> (looked for at
/// every use), and with the folder when the application stops.
/// </summary>
public sealed class UploadFolder(UploadLimits limits, TimeProvider time) : IDisposable
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly ConcurrentDictionary<string, PendingUpload> _pending = new(StringComparer.Ordinal);
    private readonly Lazy<DirectoryInfo> _root = new(() => CreateRoot(limits.Folder), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder every upload waits in (made at the first upload).</summary>
    public DirectoryInfo Root => _root.Value;

    /// <summary>How many uploads are waiting (for tests and the curious).</summary>
    public int Waiting => _pending.Count;

    /// <summary>A new private folder for one upload.</summary>
    internal DirectoryInfo NewFolder()
    {
        Sweep();
        return Private(Path.Combine(Root.FullName, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))));
    }

    /// <summary>A new file, 0600 from its creation, that nobody else can have opened first.</summary>
    internal static FileStream CreateFile(string path) => ExclusiveFile.Create(path, FilePermissions.OwnerOnly, FileAccess.ReadWrite);

    /// <summary>Keeps a checked upload until <see cref="Take"/> or its expiry; its token.</summary>
    internal string Hold(Func<string, DateTimeOffset, PendingUpload> upload)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _pending[token] = upload(token, time.GetUtcNow() + limits.Lifetime);
        return token;
    }

    /// <summary>The upload of <paramref name="owner"/> with <paramref name="token"/>, removed from waiting; null when there is none (or it is another's, or expired).</summary>
    internal PendingUpload? Take(string token, string owner)
    {
        Sweep();
        if (!_pending.TryGetValue(token, out var upload) || !string.Equals(upload.Owner, owner, StringComparison.Ordinal))
        {
            return null;
        }

        return _pending.TryRemove(KeyValuePair.Create(token, upload)) ? upload : null;
    }

    /// <summary>Deletes an upload's folder and file.</summary>
    internal static void Delete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Deletes every upload that has waited too long.</summary>
    internal void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (token, upload) in _pending)
        {
            if (upload.Expires <= now && _pending.TryRemove(KeyValuePair.Create(token, upload)))
            {
                Delete(upload.Folder);
            }
        }
    }

    /// <summary>Deletes every waiting upload and the folder.</summary>
    public void Dispose()
    {
        _pending.Clear();
        if (_root.IsValueCreated)
        {
            Delete(_root.Value);
        }
    }

    private static DirectoryInfo CreateRoot(string? folder) =>
        Private(folder ?? Path.Combine(Path.GetTempPath(), "caselens-uploads-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))));

    private static DirectoryInfo Private(string path)
    {
        var directory = OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, PrivateFolder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, PrivateFolder);
        }

        return directory;
    }
}
