using CaseLens.Domain.Problems;

namespace CaseLens.Application.Files;

/// <summary>
/// The permissions of the files CaseLens creates (stores, exports, reports): the owner's read and
/// write only (0600) unless asked otherwise, as octal digits (<c>--mode 0640</c>). The owner must be
/// able to read and write the file, and nobody else may be given write or execute, nor any special
/// bit: a store or report may be shared for reading, never for changing.
/// </summary>
public static class FilePermissions
{
    /// <summary>0600: read and write by the owner only.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The code of every problem with a file mode.</summary>
    public const string ProblemCode = "file.mode.invalid";

    private const UnixFileMode Allowed = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Reads octal text such as <c>600</c> or <c>0644</c>.</summary>
    public static Result<UnixFileMode> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is < 3 or > 4 || !text.All(c => c is >= '0' and <= '7'))
        {
            return Fail($"'{text}' is not a file mode: give three or four octal digits, such as 0600 or 0640");
        }

        var mode = (UnixFileMode)Convert.ToInt32(text, 8);
        if ((mode & OwnerOnly) != OwnerOnly || (mode & ~Allowed) != 0)
        {
            return Fail($"file mode {text} is not allowed: the owner reads and writes (6), and group and others may only read (4 or 0), as in 0600, 0640 or 0644");
        }

        return Result<UnixFileMode>.Ok(mode);
    }

    /// <summary>The mode as four octal digits (<c>0600</c>).</summary>
    public static string Text(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');

    private static Result<UnixFileMode> Fail(string message) =>
        Result<UnixFileMode>.Fail(ProblemKind.Invalid, new Problem(ProblemCode, message));
}
