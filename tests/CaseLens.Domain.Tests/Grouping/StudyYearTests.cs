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

    [Fact]
    public void Quarters_are_calendar_quarters() =>
        CalendarQuarter.Of(new DateOnly(2005, 4, 3)).ToString().ShouldBe("2005-Q2");
}
