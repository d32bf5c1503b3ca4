using System.Globalization;

namespace CaseLens.Domain.Grouping;

/// <summary>
/// A study year: 1 April to 31 March, both ends included, written <c>2005-06</c>
/// for the year starting 1 April 2005 (Table 1).
/// </summary>
public readonly record struct StudyYear(int StartYear) : IComparable<StudyYear>
{
    /// <summary>1 April of <see cref="StartYear"/>.</summary>
    public DateOnly FirstDay => new(StartYear, 4, 1);

    /// <summary>31 March of the year after <see cref="StartYear"/>.</summary>
    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    /// <summary>The study year the date falls in.</summary>
    public static StudyYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Whether the date is within the year, both ends included.</summary>
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>The study year after this one.</summary>
    public StudyYear Next() => new(StartYear + 1);

    /// <summary>Orders study years in time.</summary>
    public int CompareTo(StudyYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>The first start year whose days a <see cref="DateOnly"/> can hold (0001-02).</summary>
    public const int MinStartYear = 1;

    /// <summary>The last start year whose days a <see cref="DateOnly"/> can hold (9998-99, ending 31 March 9999).</summary>
    public const int MaxStartYear = 9998;

    /// <summary>
    /// Reads <c>YYYY-YY</c>, where the second part is the year after the first; false for any other
    /// text and for a year outside <see cref="MinStartYear"/> to <see cref="MaxStartYear"/>.
    /// </summary>
    public static bool TryParse(string? text, out StudyYear year)
    {
        year = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || (start + 1) % 100 != end
            || start is < MinStartYear or > MaxStartYear)
        {
            return false;
        }

        year = new StudyYear(start);
        return true;
    }

    /// <summary><c>YYYY-YY</c>, as <see cref="TryParse"/> reads it back.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear:D4}-{(StartYear + 1) % 100:D2}");
}
