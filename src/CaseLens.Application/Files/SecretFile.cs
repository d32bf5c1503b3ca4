using CaseLens.Domain.Problems;

namespace CaseLens.Application.Files;

/// <summary>
/// A password kept in a file (<c>--db-password-file</c>), so that it is in neither the argument
/// list (which other local users can read in <c>/proc</c>) nor the shell's history: the file's first
/// line, without its line ending. Problems name the file, never its content.
/// </summary>
public static class SecretFile
{
    /// <summary>The code of every problem with a password file.</summary>
    public const string ProblemCode = "secret.file";

    /// <summary>The password in the file at <paramref name="path"/>, or why it cannot be had.</summary>
    public static Result<string> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            using var reader = new StreamReader(path);
            text = reader.ReadLine() ?? string.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot read the password file '{path}': {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : "permission denied or not a file")}");
        }

        return text.Length == 0
            ? Fail($"the password file '{path}' is empty: its first line is the password")
            : Result<string>.Ok(text);
    }

    private static Result<string> Fail(string message) =>
        Result<string>.Fail(ProblemKind.Invalid, new Problem(ProblemCode, message));
}
