using CaseLens.Domain.Problems;

namespace CaseLens.Domain.Validation;

/// <summary>
/// The problems of one cell of a record, as <see cref="Problem"/>s with the column set and no line
/// (a reader adds the line). The offending text is shown shortened, and free text never: its
/// problems give a length instead, since an outline may hold case details.
/// </summary>
internal static class CellProblems
{
    public const string RequiredCode = "cell.required";
    public const string InvalidCode = "cell.invalid";
    public const string OutOfRangeCode = "cell.out_of_range";
    public const string InconsistentCode = "cell.inconsistent";

    private const int MaxShownValue = 60;

    public static Problem Required(string column, string message = "a value is required") =>
        new(RequiredCode, message, Column: column);

    /// <summary>Text that cannot be read as the column's kind of value.</summary>
    public static Problem Invalid(string column, string? value, string message) =>
        new(InvalidCode, Got(value, message), Column: column);

    /// <summary>A value of the right kind outside what the column allows.</summary>
    public static Problem OutOfRange(string column, string? value, string message) =>
        new(OutOfRangeCode, Got(value, message), Column: column);

    /// <summary>A value that contradicts another column of the same record.</summary>
    public static Problem Inconsistent(string column, string? value, string message) =>
        new(InconsistentCode, Got(value, message), Column: column);

    /// <summary><c>got "North East"; expected one of: …</c>, or the message alone when there is no value.</summary>
    private static string Got(string? value, string message) =>
        value is null ? message : $"got \"{Shorten(value)}\"; {message}";

    private static string Shorten(string value) =>
        value.Length <= MaxShownValue ? value : string.Concat(value.AsSpan(0, MaxShownValue), "…");
}
