using CaseLens.Domain.Grouping;

namespace CaseLens.Domain.Tests.Grouping;

public class StudyYearTests
{
    [Theory]
    [InlineData("2005-04-01", "2005-06")]
    [InlineData("2006-03-31", "2005-06")]
    [InlineData("2006-04-01", "2006-07")]
    [InlineData("2000-01-15", "1999-00")]
    public void A_study_year_runs_from_1_April_to_31_March(string date, string expected) =>
        StudyYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("2005-06", true)]
    [InlineData("1999-00", true)]
    [InlineData("2005-07", false)]
    [InlineData("2005/06", false)]
    [InlineData("05-06", false)]
    public void Only_consecutive_years_parse(string text, bool parses) =>
        StudyYear.TryParse(text, out _).ShouldBe(parses);

    [Theory]
    [InlineData("9998-99", true)]
    [InlineData("0001-02", true)]
    [InlineData("9999-00", false)]
    [InlineData("0000-01", false)]
    public void Only_years_whose_days_a_date_can_hold_parse(string text, bool parses)
    {
        StudyYear.TryParse(text, out var year).ShouldBe(parses);
        if (parses)
        {
            year.LastDay.ShouldBeGreaterThan(year.FirstDay);
        }
    }

    [Fact]
    public void Quarters_are_calendar_quarters() =>
        CalendarQuarter.Of(new DateOnly(2005, 4, 3)).ToString().ShouldBe("2005-Q2");
}
