using CaseLens.Analysis.Reports;
using static CaseLens.Analysis.Tests.Tables.SampleTables;

namespace CaseLens.Analysis.Tests.Tables;

/// <summary>
/// Table F7 (the data of the seed's Figure 7, "Age profile of the different categories of maltreatment
/// related deaths") of the shipped sample, pinned to what the seed's text says of each category's ages
/// (Chapter 2, after Table 18). The seed prints no numbers for the figure itself, so each test pins a
/// sentence: exact where the text gives a number, an inequality where it says "mostly" or "peak".
/// </summary>
public class DeathAgeProfileSeedTests
{
    private static ReportTable F7 => Table("F7");

    private static int Count(string row, string column) => F7.Cell(row, column).Count!.Value;

    private static int RowTotal(string row) => F7.Columns.Sum(c => Count(row, c.Key));

    [Fact]
    public void Figure7_has_every_one_of_the_123_deaths_with_a_known_age()
    {
        // "Of the 123 deaths …" (Table 18); "the database notification reports provided full and robust
        // data on the age and gender of the 189 children".
        F7.Columns.Sum(c => c.N!.Value).ShouldBe(123);
        F7.Notes["age_not_known"].ShouldBe(0);
    }

    [Fact]
    public void Figure7_seven_covert_homicides_mostly_under_1()
    {
        // "Seven children's deaths were categorised as covert homicide or infanticide. All were boys and
        // mostly aged under 1 year"; "concentrated in infants and those aged under 5, as are … covert homicides".
        RowTotal("A").ShouldBe(7);
        (Count("A", "under_1") * 2).ShouldBeGreaterThan(7);
        (Count("A", "under_1") + Count("A", "1_5")).ShouldBe(7);
    }

    [Fact]
    public void Figure7_severe_physical_assaults_are_the_commonest_and_21_are_infants()
    {
        // "This was the largest category … The majority (21) were infants aged less than a year."
        RowTotal("B").ShouldBe(27);
        Count("B", "under_1").ShouldBe(21);
        F7.Rows.Where(r => r.Key != "B").ShouldAllBe(r => RowTotal(r.Key) < 27);
    }

    [Fact]
    public void Figure7_deaths_from_extreme_neglect_are_all_under_1()
    {
        // "All children in these circumstances were aged under 1."
        RowTotal("C").ShouldBeGreaterThan(0);
        Count("C", "under_1").ShouldBe(RowTotal("C"));
    }

    [Fact]
    public void Figure7_overt_homicides_six_of_nine_under_five_and_throughout_the_age_spectrum()
    {
        // "Of the 9 children, 6 were aged under five"; "the more overt homicides occur throughout the age spectrum".
        RowTotal("D").ShouldBe(9);
        (Count("D", "under_1") + Count("D", "1_5")).ShouldBe(6);
        F7.Columns.ShouldAllBe(c => Count("D", c.Key) > 0);
    }

    [Fact]
    public void Figure7_deaths_related_to_maltreatment_range_from_0_to_16_with_a_peak_between_1_and_5()
    {
        // "The remaining 17 deaths … whose ages ranged from 0-16"; "occur throughout the age spectrum,
        // with a peak between 1 and 5 years".
        RowTotal("E").ShouldBe(17);
        Count("E", "under_1").ShouldBeGreaterThan(0);
        Count("E", "16_17").ShouldBeGreaterThan(0);
        F7.Columns.Where(c => c.Key != "1_5").ShouldAllBe(c => Count("E", c.Key) < Count("E", "1_5"));
    }

    [Fact]
    public void Figure7_twenty_suicides_from_age_8_upwards_to_17()
    {
        // "20 apparent suicides, with ages ranging from pre-teenage to 17"; "Apparent suicides … occur from age 8 upwards."
        RowTotal("suicide").ShouldBe(20);
        Count("suicide", "under_1").ShouldBe(0);
        Count("suicide", "1_5").ShouldBe(0);
        Count("suicide", "16_17").ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Figure7_twenty_sudi_deaths_are_all_infants()
    {
        // "Twenty of the infant deaths presented as sudden unexpected deaths in infancy (SUDI)".
        RowTotal("F").ShouldBe(20);
        Count("F", "under_1").ShouldBe(20);
    }

    [Fact]
    public void Figure7_excluding_suicides_most_deaths_are_in_the_first_five_years()
    {
        // "Excluding the suicides, it is very clear that the highest risks of maltreatment related deaths
        // are in infancy and the first five years of life."
        var rows = F7.Rows.Where(r => r.Key != "suicide").Select(r => r.Key).ToList();
        var young = rows.Sum(r => Count(r, "under_1") + Count(r, "1_5"));
        var older = rows.Sum(r => Count(r, "6_10") + Count(r, "11_15") + Count(r, "16_17"));
        young.ShouldBeGreaterThan(older);
    }

    [Fact]
    public void Figure7_rows_sum_to_table18_counts_for_the_sample()
    {
        var t18 = Table("T18");

        foreach (var row in F7.Rows)
        {
            RowTotal(row.Key).ShouldBe(t18.Cell(row.Key, "count").Count!.Value, row.Key);
        }
    }
}
