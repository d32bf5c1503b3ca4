using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;
using CaseLens.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Domain.Tests.Validation;

/// <summary>Input the formats refuse although a lenient parser would take it (issue 7).</summary>
public sealed class StrictInputTests
{
    [Theory]
    [InlineData("+12")]
    [InlineData("0012")]
    [InlineData("012")]
    [InlineData("-0")]
    [InlineData("-012")]
    [InlineData(" 12")]
    [InlineData("1_2")]
    public void A_whole_number_with_a_sign_or_leading_zeros_is_refused(string age)
    {
        var problem = Parse(("age_months", age)).Problems.ShouldHaveSingleItem();

        problem.Column.ShouldBe("age_months");
        problem.Code.ShouldBe("cell.invalid");
        problem.Message.ShouldContain("plain digits");
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData("215", 215)]
    public void A_whole_number_in_plain_digits_is_read(string age, int months)
    {
        Parse(("age_months", age)).Value!.AgeMonths.ShouldBe(months);
    }

    [Fact]
    public void A_negative_number_still_reaches_the_range_rule()
    {
        var problem = Parse(("age_months", "-3")).Problems.ShouldHaveSingleItem();

        problem.Code.ShouldBe("cell.out_of_range");
        problem.Message.ShouldContain("from 0 to 215");
    }

    [Theory]
    [InlineData("incident_date", "2026-07-01")]
    [InlineData("incident_date", "1899-12-31")]
    [InlineData("notification_date", "2105-01-01")]
    [InlineData("scr_decision_date", "2027-01-01")]
    [InlineData("scr_completed_date", "9999-12-31")]
    public void A_date_in_the_future_or_before_1900_is_refused(string column, string date)
    {
        var cells = column == "incident_date" ? Parse((column, date)) : Parse(("incident_date", "1900-01-01"), (column, date));

        var problem = cells.Problems.ShouldHaveSingleItem();
        problem.Column.ShouldBe(column);
        problem.Code.ShouldBe("cell.out_of_range");
        problem.Message.ShouldContain("expected a date from 1900-01-01 to today (2026-06-30)");
    }

    [Fact]
    public void Today_and_1_January_1900_are_allowed()
    {
        var n = Parse(("incident_date", "1900-01-01"), ("notification_date", "2026-06-30")).Value!;

        n.NotificationDate.ShouldBe(TestDates.Today);
    }

    [Fact]
    public void Today_is_the_local_date_of_the_time_provider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2031, 2, 3, 23, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+1", TimeSpan.FromHours(1), "UTC+1", "UTC+1"));

        DateLimits.Today(time).Latest.ShouldBe(new DateOnly(2031, 2, 4));
    }

    [Fact]
    public void The_rules_refuse_a_future_date_on_a_record_built_in_code()
    {
        var n = new NotificationBuilder().On(new DateOnly(2026, 7, 1)).Build();

        NotificationRules.Check(n, TestDates.Limits).ShouldHaveSingleItem().Column.ShouldBe("incident_date");
    }

    private static ParseResult<Notification> Parse(params (string Column, string Text)[] cells) =>
        NotificationCoding.Parse(MinimalRow.With(cells), TestDates.Limits);
}
