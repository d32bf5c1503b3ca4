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
    /// <summary>Free text as it is; empty when not known.</summary>
    public static string Of(string? text) => text ?? string.Empty;

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Of(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A whole number in invariant digits.</summary>
    public static string Of(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A flag as <c>yes</c> or <c>no</c>.</summary>
    public static string Of(bool? flag) => flag switch
    {
        true => "yes",
        false => "no",
        null => string.Empty,
    };

    /// <summary>A code that may be not known.</summary>
    public static string Of<T>(T? code)
        where T : struct, Enum => code is { } value ? Codes<T>.Code(value) : string.Empty;

    /// <summary>A code that is always known (for example <c>scr_status</c>).</summary>
    public static string Of<T>(T code)
        where T : struct, Enum => Codes<T>.Code(code);

    /// <summary>Codes in declaration order joined by <c>;</c>.</summary>
    public static string Of<T>(CodeSet<T> codes)
        where T : struct, Enum => codes.ToString();
}
