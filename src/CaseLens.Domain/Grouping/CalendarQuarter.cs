using System.Globalization;

namespace CaseLens.Domain.Grouping;

/// <summary>A calendar quarter, written <c>2005-Q2</c> for April–June 2005 (Table A1).</summary>
public readonly record struct CalendarQuarter(int Year, int Quarter) : IComparable<CalendarQuarter>
{
    /// <summary>The quarter the date falls in.</summary>
    public static CalendarQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>The quarter after this one, into the next year after Q4.</summary>
    public CalendarQuarter Next() => Quarter == 4 ? new(Year + 1, 1) : new(Year, Quarter + 1);

    /// <summary>Orders quarters in time, so that Table A1's rows run from the earliest.</summary>
    public int CompareTo(CalendarQuarter other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Quarter.CompareTo(other.Quarter);

    /// <summary><c>YYYY-QN</c>, the row key of Table A1.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Quarter}");
}
