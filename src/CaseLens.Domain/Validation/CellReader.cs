using System.Globalization;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Problems;

namespace CaseLens.Domain.Validation;

/// <summary>
/// Reads typed values out of one row of cell text and collects every syntax problem. An absent or
/// empty cell is "not known"; a coded, numeric or date cell of only spaces counts as empty too.
/// A whole number is written in plain digits: no <c>+</c>, no leading zeros (<c>0012</c> could be a
/// code or a mistyped 12), a <c>-</c> only before a non-zero number so that a range rule can name it.
/// </summary>
internal sealed class CellReader(Func<string, string?> cells)
{
    private readonly List<Problem> _problems = [];
    private readonly HashSet<string> _invalid = new(StringComparer.Ordinal);

    public List<Problem> Problems => _problems;

    /// <summary>Columns whose text could not be read; checks across columns skip them.</summary>
    public IReadOnlySet<string> Invalid => _invalid;

    public void Add(Problem problem)
    {
        _problems.Add(problem);
        _invalid.Add(problem.Column!);
    }

    public string? Text(string column)
    {
        var text = cells(column);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public DateOnly? Date(string column, bool required = false)
    {
        var text = Coded(column, required);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 10
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(CellProblems.Invalid(column, text, "expected a date YYYY-MM-DD"));
        return null;
    }

    public int? Integer(string column)
    {
        var text = Coded(column, required: false);
        if (text is null)
        {
            return null;
        }

        if (IsPlainWholeNumber(text)
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Add(CellProblems.Invalid(column, text, "expected a whole number in plain digits (no sign, no leading zeros)"));
        return null;
    }

    public bool? YesNo(string column)
    {
        var text = Coded(column, required: false);
        switch (text)
        {
            case null:
                return null;
            case "yes":
                return true;
            case "no":
                return false;
            default:
                Add(CellProblems.Invalid(column, text, "expected one of: yes, no"));
                return null;
        }
    }

    public T? Code<T>(string column, bool required = false)
        where T : struct, Enum
    {
        var text = Coded(column, required);
        if (text is null)
        {
            return null;
        }

        if (Codes<T>.TryParse(text, out var value))
        {
            return value;
        }

        Add(CellProblems.Invalid(column, text, ExpectedOneOf<T>()));
        return null;
    }

    public CodeSet<T> CodeList<T>(string column)
        where T : struct, Enum
    {
        var text = Coded(column, required: false);
        if (text is null)
        {
            return default;
        }

        var set = CodeSet<T>.Empty;
        var ok = true;
        foreach (var part in text.Split(';'))
        {
            var code = part.Trim(' ');
            if (code.Length == 0)
            {
                Add(CellProblems.Invalid(column, text, "an empty code between ';' separators; " + ExpectedOneOf<T>()));
                ok = false;
            }
            else if (!Codes<T>.TryParse(code, out var value))
            {
                Add(CellProblems.Invalid(column, text, $"'{code}' is not a code; " + ExpectedOneOf<T>()));
                ok = false;
            }
            else if (set.Contains(value))
            {
                Add(CellProblems.Invalid(column, text, $"'{code}' is given more than once"));
                ok = false;
            }
            else
            {
                set = set.With(value);
            }
        }

        return ok ? set : default;
    }

    // 0, or 1-9 then digits, with an optional '-' before a non-zero number.
    private static bool IsPlainWholeNumber(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        return digits.Length > 0
            && char.IsAsciiDigit(digits[0])
            && (digits[0] != '0' || (digits.Length == 1 && digits.Length == text.Length))
            && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static string ExpectedOneOf<T>()
        where T : struct, Enum => "expected one of: " + string.Join(", ", Codes<T>.AllCodes);

    private string? Coded(string column, bool required)
    {
        var text = cells(column);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(CellProblems.Required(column));
            }

            return null;
        }

        return text;
    }
}
