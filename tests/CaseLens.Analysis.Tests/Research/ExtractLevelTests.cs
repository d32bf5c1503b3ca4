using System.Text.RegularExpressions;
using CaseLens.Analysis.Research;
using CaseLens.Analysis.Tests.Disclosure;
using CaseLens.Domain.Research;

namespace CaseLens.Analysis.Tests.Research;

public sealed partial class ExtractLevelTests
{
    public static TheoryData<string> Levels() => ["deidentified", "limited", "limited-for-reviewer"];

    [Theory]
    [MemberData(nameof(Levels))]
    public void No_board_name_or_case_id_is_in_any_file_and_outlines_only_for_the_named_reviewer(string level)
    {
        var options = Options(level);
        using var files = new ExtractFiles(ExtractSample.Of(options));
        var text = files.AllText;
        var outlines = SeedData.Notifications.Select(n => n.CaseOutline).OfType<string>().Distinct().ToList();
        var boards = SeedData.Notifications.Select(n => n.Board).OfType<string>().Distinct().ToList();
        outlines.Count.ShouldBeGreaterThan(50);
        boards.Count.ShouldBeGreaterThan(100);

        // Board names are "Board 12": matched as whole names, not as parts of a longer one.
        boards.Where(b => Regex.IsMatch(text, Regex.Escape(b) + @"(?!\d)")).ShouldBeEmpty();
        SeedData.Notifications.Select(n => n.CaseId).Where(id => Regex.IsMatch(text, @"\b" + Regex.Escape(id) + @"\b")).ShouldBeEmpty();
        if (options.OutlineReviewer is null)
        {
            outlines.Where(o => text.Contains(o, StringComparison.Ordinal)).ShouldBeEmpty();
        }
        else
        {
            outlines.Where(o => !text.Contains(o, StringComparison.Ordinal)).ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_deidentified_extract_has_no_exact_date_and_no_age_in_months()
    {
        using var files = new ExtractFiles(ExtractSample.Of(ExtractSample.Deidentified));
        var csv = File.ReadAllText(files.Csv);

        FullDate().IsMatch(csv).ShouldBeFalse();
        csv.Split("\r\n")[0].ShouldNotContain("age_months");
        csv.ShouldContain("2005-04");
    }

    [Fact]
    public void Shifted_dates_keep_each_cases_intervals_and_move_every_date_of_a_case_alike()
    {
        var extract = ExtractSample.Of(ExtractSample.Limited);
        var names = extract.Variables.Select(v => v.Name).ToList();
        var incident = names.IndexOf("incident_date_shifted");
        var decision = names.IndexOf("decision_date_shifted");
        var days = names.IndexOf("days_to_decision");
        var byPseudonym = extract.Rows.ToDictionary(r => r[0]);
        var pseudonyms = new Pseudonyms(ExtractSample.Key);
        var moved = 0;
        foreach (var n in SeedData.Notifications.Where(n => n.ScrDecisionDate is not null))
        {
            var row = byPseudonym[pseudonyms.Case(n.CaseId)];
            var shiftedIncident = DateOnly.Parse(row[incident], System.Globalization.CultureInfo.InvariantCulture);
            var shiftedDecision = DateOnly.Parse(row[decision], System.Globalization.CultureInfo.InvariantCulture);
            (shiftedDecision.DayNumber - shiftedIncident.DayNumber).ShouldBe(n.ScrDecisionDate!.Value.DayNumber - n.IncidentDate.DayNumber);
            row[days].ShouldBe((n.ScrDecisionDate!.Value.DayNumber - n.IncidentDate.DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
            moved += shiftedIncident == n.IncidentDate ? 0 : 1;
        }

        moved.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Pseudonyms_are_stable_under_one_key_and_differ_under_another()
    {
        var one = new Pseudonyms(ExtractSample.Key);
        var other = new Pseudonyms([.. ExtractSample.Key.Reverse()]);

        one.Board("Board 12").ShouldBe(new Pseudonyms(ExtractSample.Key).Board("Board 12"));
        one.Board("Board 12").ShouldNotBe(other.Board("Board 12"));
        one.Board("Board 12").ShouldNotBe(one.Board("Board 13"));
        one.Case("N0001").ShouldMatch("^C[0-9a-f]{12}$");
    }

    [Theory]
    [InlineData("short key")]
    [InlineData("shift")]
    [InlineData("months")]
    [InlineData("outline")]
    public void A_deidentified_extract_refuses_what_its_level_does_not_allow(string change)
    {
        var options = change switch
        {
            "short key" => ExtractSample.Deidentified with { Key = [1, 2, 3] },
            "shift" => ExtractSample.Deidentified with { Dates = DateHandling.Shift },
            "months" => ExtractSample.Deidentified with { AgeInMonths = true },
            _ => ExtractSample.Deidentified with { OutlineReviewer = "Dr Reviewer" },
        };

        Should.Throw<ArgumentException>(() => ExtractSample.Of(options)).Message.ShouldNotBeEmpty();
    }

    private static ExtractOptions Options(string level) => level switch
    {
        "deidentified" => ExtractSample.Deidentified,
        "limited" => ExtractSample.Limited,
        _ => ExtractSample.Limited with { OutlineReviewer = "Dr A Reviewer" },
    };

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex FullDate();
}
