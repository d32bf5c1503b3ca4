using System.Globalization;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Problems;

namespace CaseLens.Domain.Validation;

/// <summary>
/// Reads typed values out of one row of cell text and collects every syntax problem. An absent or
/// empty cell is "not known"; a coded, numeric or date cell of only spaces counts as empty too.
/// A whole number is written in plain digits: no <c>+</c>, no leading zeros (<c>0012</c> could be a
/// code or a mistyped 12), a <c>-</c> only before a non-zero number so that a range rule can name it.
/// The cells are read as spans (<see cref="RowCells"/>): a string is made only of text a record
/// keeps and of a cell a problem quotes, so that a valid row costs no string per coded cell.
/// </summary>
internal sealed class CellReader(RowCells cells)
{
    private static readonly IReadOnlySet<string> NoColumns = new HashSet<string>();

    private readonly List<Problem> _problems = [];
    private HashSet<string>? _invalid;

    public CellReader(Func<string, string?> cells)
        : this(new RowCells(column => cells(column)))
    {
    }

    public List<Problem> Problems => _problems;

    /// <summary>Columns whose text could not be read; checks across columns skip them.</summary>
    public IReadOnlySet<string> Invalid => _invalid ?? NoColumns;

    public void Add(Problem problem)
    {
        _problems.Add(problem);
        (_invalid ??= new HashSet<string>(StringComparer.Ordinal)).Add(problem.Column!);
    }

    public string? Text(string column)
    {
        var text = cells(column);
        return text.IsEmpty ? null : text.ToString();
    }

    public DateOnly? Date(string column, bool required = false)
    {
        var text = Coded(column, required);
        if (text.IsEmpty)
        {
            return null;
        }

        if (text.Length == 10 && (IsoDate(text) is { } date
            || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)))
        {
            return date;
        }

        Add(CellProblems.Invalid(column, text.ToString(), "expected a date YYYY-MM-DD"));
        return null;
    }

    public int? Integer(string column)
    {
        var text = Coded(column, required: false);
        if (text.IsEmpty)
        {
            return null;
        }

        if (IsPlainWholeNumber(text)
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Add(CellProblems.Invalid(column, text.ToString(), "expected a whole number in plain digits (no sign, no leading zeros)"));
        return null;
    }

    public bool? YesNo(string column)
    {
        var text = Coded(column, required: false);
        if (text.IsEmpty)
        {
            return null;
        }

        if (text.SequenceEqual("yes"))
        {
            return true;
        }

        if (text.SequenceEqual("no"))
        {
            return false;
        }

        Add(CellProblems.Invalid(column, text.ToString(), "expected one of: yes, no"));
        return null;
    }

    public T? Code<T>(string column, bool required = false)
        where T : struct, Enum
    {
        var text = Coded(column, required);
        if (text.IsEmpty)
        {
            return null;
        }

        if (Codes<T>.TryParse(text, out var value))
        {
            return value;
        }

        Add(CellProblems.Invalid(column, text.ToString(), ExpectedOneOf<T>()));
        return null;
    }

    public CodeSet<T> CodeList<T>(string column)
        where T : struct, Enum
    {
        var text = Coded(column, required: false);
        if (text.IsEmpty)
        {
            return default;
        }

        var set = CodeSet<T>.Empty;
        var ok = true;
        var rest = text;
        while (true)
        {
            // The parts between ';' separators, each trimmed of spaces, as string.Split(';') gives them.
            var end = rest.IndexOf(';');
            var code = (end < 0 ? rest : rest[..end]).Trim(' ');
            if (code.IsEmpty)
            {
                Add(CellProblems.Invalid(column, text.ToString(), "an empty code between ';' separators; " + ExpectedOneOf<T>()));
                ok = false;
            }
            else if (!Codes<T>.TryParse(code, out var value))
            {
                Add(CellProblems.Invalid(column, text.ToString(), $"'{code}' is not a code; " + ExpectedOneOf<T>()));
                ok = false;
            }
            else if (set.Contains(value))
            {
                Add(CellProblems.Invalid(column, text.ToString(), $"'{code}' is given more than once"));
                ok = false;
            }
            else
            {
                set = set.With(value);
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        return ok ? set : default;
    }

    // 0, or 1-9 then digits, with an optional '-' before a non-zero number.
    private static bool IsPlainWholeNumber(ReadOnlySpan<char> text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        return digits.Length > 0
            && char.IsAsciiDigit(digits[0])
            && (digits[0] != '0' || (digits.Length == 1 && digits.Length == text.Length))
            && !digits.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// A date written as ASCII digits <c>dddd-dd-dd</c> that names a day of the calendar, read
    /// directly; null for anything else, which <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateOnly)"/>
    /// then judges, so that the rule stays that method's (CellReaderTests hold the two to agree).
    /// </summary>
    internal static DateOnly? IsoDate(ReadOnlySpan<char> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !IsDigits(text[..4]) || !IsDigits(text.Slice(5, 2)) || !IsDigits(text.Slice(8, 2)))
        {
            return null;
        }

        var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

        static bool IsDigits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');
    }

    private static string ExpectedOneOf<T>()
        where T : struct, Enum => "expected one of: " + string.Join(", ", Codes<T>.AllCodes);

    /// <summary>The cell's text, or empty (with a problem when <paramref name="required"/>) when it is empty or only white space.</summary>
    private ReadOnlySpan<char> Coded(string column, bool required)
    {
        var text = cells(column);
        if (text.IsWhiteSpace())
        {
            if (required)
            {
                Add(CellProblems.Required(column));
            }

            return default;
        }

        return text;
    }
}
