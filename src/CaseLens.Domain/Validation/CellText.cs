using System.Globalization;
using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Validation;

/// <summary>
/// The cell text of typed values, exactly as the interchange formats write them: codes as their
/// code, dates <c>yyyy-MM-dd</c>, whole numbers in invariant digits, <c>yes</c>/<c>no</c>, and the
/// empty string for "not known".
/// </summary>
public static class CellText
{
    public static string Of(string? text) => text ?? string.Empty;

    public static string Of(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Of(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Of(bool? flag) => flag switch
    {
        true => "yes",
        false => "no",
        null => string.Empty,
    };

    public static string Of<T>(T? code)
        where T : struct, Enum => code is { } value ? Codes<T>.Code(value) : string.Empty;

    public static string Of<T>(T code)
        where T : struct, Enum => Codes<T>.Code(code);

    public static string Of<T>(CodeSet<T> codes)
        where T : struct, Enum => codes.ToString();
}
