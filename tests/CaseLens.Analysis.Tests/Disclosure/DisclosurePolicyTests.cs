using CaseLens.Analysis.Disclosure;

namespace CaseLens.Analysis.Tests.Disclosure;

public sealed class DisclosurePolicyTests
{
    [Theory]
    [InlineData("k=6", "k", 6, 1, "<6", "c")]
    [InlineData("k=10", "k", 10, 1, "<10", "c")]
    [InlineData("dfe", "dfe", 6, 1, "c", "c")]
    [InlineData("nhs-hes", "nhs-hes", 8, 5, "*", "c")]
    public void Named_policies_parse_with_their_parameters(string text, string name, int threshold, int rounding, string primary, string secondary)
    {
        var policy = DisclosurePolicy.Parse(text, out var error)!;

        error.ShouldBeNull();
        (policy.Name, policy.Threshold, policy.RoundingBase, policy.PrimaryMark, policy.SecondaryMark).ShouldBe((name, threshold, rounding, primary, secondary));
        policy.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("k=1")]
    [InlineData("k=")]
    [InlineData("k=6x")]
    [InlineData("hes")]
    [InlineData(null)]
    public void Anything_else_is_refused_naming_the_forms(string? text)
    {
        DisclosurePolicy.Parse(text, out var error).ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldContain("k=K");
        error.ShouldContain("nhs-hes");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(189, 190)]
    public void The_hes_policy_rounds_to_the_nearest_5(int count, int shown) =>
        DisclosurePolicy.NhsHes.Shown(count).ShouldBe(shown);

    [Fact]
    public void The_marks_say_what_a_reader_may_assume()
    {
        DisclosurePolicy.K(6).MarksDiffer.ShouldBeTrue();
        DisclosurePolicy.Dfe.MarksDiffer.ShouldBeFalse();
        DisclosurePolicy.K(6).Describe()["disclosure_marks"].ShouldContain("<6 = 1 to 5");
    }
}
