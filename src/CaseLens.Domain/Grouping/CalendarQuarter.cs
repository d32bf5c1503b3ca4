using System.Globalization;

namespace CaseLens.Domain.Grouping;

/// <summary>A calendar quarter, written <c>2005-Q2</c> for April–June 2005 (Table A1).</summary>
public readonly record struct CalendarQuarter(int Year, int Quarter) : IComparable<CalendarQuarter>
{
    public static CalendarQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public CalendarQuarter Next() => Quarter == 4 ? new(Year + 1, 1) : new(Year, Quarter + 1);

    public int CompareTo(CalendarQuarter other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Quarter.CompareTo(other.Quarter);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Quarter}");
}
