using System.Globalization;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Validation;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Validation;

/// <summary>
/// The cells are read as characters (<see cref="RowCells"/>), not strings: a date is read digit by
/// digit before <see cref="DateOnly.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateOnly)"/>
/// is asked, and code lists are split without <see cref="string.Split(char, StringSplitOptions)"/>. These
/// pin that the answers are the ones of the string rules, and that both ways of giving a row agree.
/// </summary>
public sealed class CellSpanReadingTests
{
    public static TheoryData<string> Dates() =>
    [
        "2005-04-03", "1900-01-01", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2005-04-31", "2005-13-01",
        "2005-00-10", "2005-04-00", "0000-01-01", "0001-01-01", "2005-4-03 ", "2005/04/03", "20050403xx", "2005-04-3a",
        "+005-04-03", "-005-04-03", " 2005-04-0", "2005-04-03", "２００５-04-03", "2005-04-1\u0663", "1999-12-31", "2026-06-30",
    ];

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_date_is_read_exactly_when_the_strict_pattern_reads_it(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);

        var result = Parse(("scr_status", "no"), ("notification_date", text));

        var problems = result.Problems.Where(p => p.Column == "notification_date").ToList();
        if (!expected)
        {
            problems.ShouldHaveSingleItem().Code.ShouldBe("cell.invalid");
        }
        else if (TestDates.Limits.Allows(date) && date >= new DateOnly(2005, 4, 3))
        {
            result.Value!.NotificationDate.ShouldBe(date);
        }
        else
        {
            // Read, then refused by a rule on dates (before 1900, after today, before the incident).
            problems.ShouldNotBeEmpty();
            problems.ShouldAllBe(p => p.Code != "cell.invalid");
        }
    }

    [Fact]
    public void Every_day_of_four_centuries_and_every_impossible_day_agree_with_the_strict_pattern()
    {
        for (var year = 1800; year <= 2200; year += 1)
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    var text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
                    var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
                    var read = NotificationCoding.Parse(Row(("incident_date", text)), new DateLimits(DateOnly.MaxValue));

                    read.IsValid.ShouldBe(expected && date >= DateLimits.Earliest, text);
                    if (read.IsValid)
                    {
                        read.Value!.IncidentDate.ShouldBe(date, text);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("neglect;;physical", "an empty code between ';' separators")]
    [InlineData(";neglect", "an empty code between ';' separators")]
    [InlineData("neglect;", "an empty code between ';' separators")]
    [InlineData("neglect; ;physical", "an empty code between ';' separators")]
    [InlineData("neglect;neglect", "'neglect' is given more than once")]
    [InlineData("neglect ;  neglect", "'neglect' is given more than once")]
    [InlineData("neglect;Physical", "'Physical' is not a code")]
    public void A_code_list_is_split_and_refused_as_the_string_rules_refuse_it(string text, string message)
    {
        var problem = Parse(("cp_plan", "current"), ("cp_categories", text)).Problems.ShouldHaveSingleItem();

        problem.Column.ShouldBe("cp_categories");
        problem.Code.ShouldBe("cell.invalid");
        problem.Message.ShouldStartWith($"got \"{text}\"; {message}");
    }

    [Fact]
    public void Two_faults_in_one_code_list_are_both_named()
    {
        var problems = Parse(("cp_plan", "current"), ("cp_categories", "foo;;neglect;neglect")).Problems;

        problems.Count.ShouldBe(3);
        problems[0].Message.ShouldStartWith("got \"foo;;neglect;neglect\"; 'foo' is not a code");
        problems[1].Message.ShouldStartWith("got \"foo;;neglect;neglect\"; an empty code between ';' separators");
        problems[2].Message.ShouldStartWith("got \"foo;;neglect;neglect\"; 'neglect' is given more than once");
    }

    [Theory]
    [InlineData("age_months", "  ")]
    [InlineData("region", "\t")]
    [InlineData("twin", " ")]
    [InlineData("board", "")]
    public void An_absent_cell_an_empty_cell_and_a_cell_of_spaces_read_alike(string column, string text)
    {
        var absent = NotificationCoding.Parse(Row(), TestDates.Limits);
        var given = NotificationCoding.Parse(Row((column, text)), TestDates.Limits);

        given.IsValid.ShouldBe(absent.IsValid);
        given.Value.ShouldBe(absent.Value);
    }

    [Fact]
    public void A_row_given_as_characters_reads_as_the_same_row_given_as_strings()
    {
        var rows = new[]
        {
            Row(("region", "london"), ("age_months", "7"), ("twin", "yes"), ("parent_factors", "domestic_violence ; mental_health")),
            Row(("region", "London"), ("age_months", "007"), ("twin", "Yes"), ("incident_date", "2005-02-30"), ("case_id", "N 1")),
            Row(("board", "A \"quoted\" board"), ("case_outline", "Text; with, commas"), ("siblings", "0"), ("birth_order", "eldest")),
        };

        foreach (var row in rows)
        {
            var fromStrings = NotificationCoding.Parse(column => row.GetValueOrDefault(column), TestDates.Limits);
            var fromCharacters = NotificationCoding.Parse(column => row.GetValueOrDefault(column).AsSpan(), TestDates.Limits);

            fromCharacters.Value.ShouldBe(fromStrings.Value);
            fromCharacters.Problems.ShouldBe(fromStrings.Problems);
        }
    }

    private static ParseResult<Notification> Parse(params (string Column, string Text)[] cells) =>
        NotificationCoding.Parse(Row(cells), TestDates.Limits);

    private static Dictionary<string, string?> Row(params (string Column, string Text)[] cells) => MinimalRow.With(cells);
}
