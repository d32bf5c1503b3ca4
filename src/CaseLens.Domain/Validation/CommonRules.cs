using System.Buffers;
using System.Globalization;
using CaseLens.Domain.Problems;

namespace CaseLens.Domain.Validation;

/// <summary>The value rules both formats share: identifiers, free-text lengths and number ranges.</summary>
internal static class CommonRules
{
    public const int MaxCaseIdLength = 40;
    public const int MinAgeMonths = 0;
    public const int MaxAgeMonths = 215;

    // A-Z a-z 0-9 _ -, the characters of a case id.
    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    public static void CaseId(string column, string? caseId, List<Problem> problems)
    {
        if (string.IsNullOrEmpty(caseId))
        {
            problems.Add(CellProblems.Required(column));
            return;
        }

        if (caseId.Length > MaxCaseIdLength || caseId.AsSpan().ContainsAnyExcept(IdCharacters))
        {
            problems.Add(CellProblems.Invalid(column, caseId, "expected 1-40 characters of A-Z a-z 0-9 _ -"));
        }
    }

    public static void MaxLength(string column, string? text, int maxLength, List<Problem> problems)
    {
        if (text is not null && text.Length > maxLength)
        {
            // Free text is never echoed back: it may hold case details.
            problems.Add(CellProblems.OutOfRange(
                column,
                null,
                string.Create(CultureInfo.InvariantCulture, $"the text has {text.Length:N0} characters; at most {maxLength:N0} are allowed")));
        }
    }

    public static void Range(string column, int? value, int min, int? max, List<Problem> problems)
    {
        if (value is not { } number || (number >= min && (max is null || number <= max)))
        {
            return;
        }

        var expected = max is { } top
            ? string.Create(CultureInfo.InvariantCulture, $"expected a whole number from {min} to {top}")
            : string.Create(CultureInfo.InvariantCulture, $"expected a whole number of {min} or more");
        problems.Add(CellProblems.OutOfRange(column, CellText.Of(value), expected));
    }

    public static void NotBefore(
        string column, DateOnly? date, string earlierColumn, DateOnly? earlier, List<Problem> problems)
    {
        if (date is { } later && earlier is { } first && later < first)
        {
            problems.Add(CellProblems.Inconsistent(
                column, CellText.Of(date), $"must not be before {earlierColumn} ({CellText.Of(earlier)})"));
        }
    }

    /// <summary>A date outside <paramref name="limits"/>: before 1900 or after today.</summary>
    public static void Within(string column, DateOnly? date, DateLimits limits, List<Problem> problems)
    {
        if (date is { } value && !limits.Allows(value))
        {
            problems.Add(CellProblems.OutOfRange(
                column,
                CellText.Of(date),
                $"expected a date from {CellText.Of(DateLimits.Earliest)} to today ({CellText.Of(limits.Latest)})"));
        }
    }
}
