using System.Security.Cryptography;
using CaseLens.Application.Files;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Research;

/// <summary>
/// The key of a research extract's pseudonyms, held in a file outside the store (<c>--key-file</c>):
/// 32 random bytes as 64 hex digits on the first line. A missing file is created, exclusively and
/// 0600; an existing one is used only when nobody but its owner may read it and it is not a symbolic
/// link (a key others can read lets them test a guessed board name against its pseudonym). Problems
/// name the file, never its content.
/// </summary>
public static class PseudonymKeyFile
{
    /// <summary>The code of every problem with a key file.</summary>
    public const string ProblemCode = "research.key";

    private const int KeyBytes = 32;
    private const UnixFileMode OthersMayRead = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The key file used when none is named: <c>caselens/research.key</c> in the user's configuration folder (<c>~/.config</c>).</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "caselens", "research.key");

    /// <summary>The key in <paramref name="path"/>, made first when the file is missing (<see cref="KeyFile.Created"/>).</summary>
    public static Result<KeyFile> ReadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return Fail($"the key file '{path}' is a symbolic link: name the file itself");
        }

        if (Directory.Exists(path))
        {
            return Fail($"the key file '{path}' is a folder: name a file");
        }

        return info.Exists ? Read(path) : Create(path);
    }

    private static Result<KeyFile> Read(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersMayRead) != 0)
        {
            return Fail($"the key file '{path}' may be read by others (mode {FilePermissions.Text(File.GetUnixFileMode(path))}): make it 0600 (chmod 600) or use another");
        }

        string line;
        try
        {
            using var reader = new StreamReader(path);
            line = reader.ReadLine()?.Trim() ?? string.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot read the key file '{path}': permission denied or not a file");
        }

        byte[] key;
        try
        {
            key = Convert.FromHexString(line);
        }
        catch (FormatException)
        {
            key = [];
        }

        return key.Length >= KeyBytes
            ? Result<KeyFile>.Ok(new KeyFile(key, Created: false))
            : Fail($"the key file '{path}' does not hold a key: its first line must be at least {KeyBytes * 2} hex digits");
    }

    private static Result<KeyFile> Create(string path)
    {
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        else
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            using var stream = ExclusiveFile.Create(path, FilePermissions.OwnerOnly);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(Convert.ToHexStringLower(key));
        }
        catch (IOException) when (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            // Made meanwhile (by another export, or planted): read it with the same checks as any other.
            return ReadOrCreate(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot create the key file '{path}': permission denied or no such folder");
        }

        return Result<KeyFile>.Ok(new KeyFile(key, Created: true));
    }

    private static Result<KeyFile> Fail(string message) => Result<KeyFile>.Fail(ProblemKind.Invalid, new Problem(ProblemCode, message));
}
