using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Tests.Coding;

public class CodesTests
{
    [Fact]
    public void Codes_are_snake_case_of_member_names_unless_given() =>
        Codes<Region>.AllCodes.ShouldBe(
        [
            "north_east", "north_west", "yorkshire_humber", "east_midlands", "west_midlands",
            "east", "london", "south_east", "south_west",
        ]);

    [Fact]
    public void Explicit_codes_win_over_member_names()
    {
        Codes<LegalStatus>.Code(LegalStatus.Section20).ShouldBe("section_20");
        Codes<DeathCategory>.Code(DeathCategory.A1).ShouldBe("A1");
        Codes<InterventionLevel>.Code(InterventionLevel.Statutory).ShouldBe("4");
    }

    [Theory]
    [InlineData("Male")]
    [InlineData("male ")]
    [InlineData("")]
    public void Codes_are_case_sensitive_and_exact(string text) =>
        Codes<Gender>.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void A_code_set_writes_declaration_order_whatever_the_input_order()
    {
        var set = CodeSet<AbuseCategory>.Of(AbuseCategory.Neglect, AbuseCategory.Physical);
        set.ToString().ShouldBe("physical;neglect");
        set.ShouldBe(CodeSet<AbuseCategory>.Of(AbuseCategory.Physical, AbuseCategory.Neglect));
        set.Count.ShouldBe(2);
    }
}
