using CaseLens.Analysis.Comparators;

namespace CaseLens.Analysis.Tests.Comparators;

public class ComparatorClashesTests
{
    private static ComparatorSet Set(string lines) =>
        Interchange.ComparatorCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("table,row,column,count,percent\n" + lines))).Value;

    [Fact]
    public void A_comparator_column_named_like_a_case_column_is_a_problem()
    {
        var comparators = Set("T2,under_1,2005-07,1,\nT2,1_5,2005-07,1,\nT3,under_1,male,1,\nT1,under_1,2004-05,1,\nT2,under_1,2003-05,1,\n");

        var problems = ComparatorClashes.Find(comparators, "2005-07");

        problems.Select(p => p.Line).ShouldBe([2, 4, 5]);
    }

    [Fact]
    public void The_shipped_comparators_do_not_clash_with_the_seed_period()
    {
        using var file = File.OpenRead(TestKit.SampleData.Comparators);

        ComparatorClashes.Find(Interchange.ComparatorCsv.Read(file).Value, "2005-07").ShouldBeEmpty();
    }
}
