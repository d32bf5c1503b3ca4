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

    [Fact]
    public void An_enum_whose_numbers_are_not_its_positions_reads_and_writes_every_member()
    {
        Codes<Sparse>.All.Count.ShouldBe(4);
        foreach (var value in Codes<Sparse>.All)
        {
            Codes<Sparse>.TryParse(Codes<Sparse>.Code(value), out var read).ShouldBeTrue();
            read.ShouldBe(value);
        }

        Codes<Sparse>.Code(Sparse.Five).ShouldBe("five");
        Codes<Sparse>.Label(Sparse.Hundred).ShouldBe("A hundred");
        Codes<Sparse>.All.Select(Codes<Sparse>.Ordinal).ShouldBe([0, 1, 2, 3]);
        Codes<Sparse>.Code(Sparse.Minus).ShouldBe("minus");
    }

    [Fact]
    public void A_number_that_is_no_member_is_refused_rather_than_given_a_neighbours_code()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Codes<Sparse>.Code((Sparse)2));
        Should.Throw<ArgumentOutOfRangeException>(() => Codes<Region>.Label((Region)99));
        Should.Throw<ArgumentOutOfRangeException>(() => Codes<Region>.Ordinal((Region)(-1)));
    }

    // Numbered out of order, one negative, over a byte, as no coded variable is today.
    private enum Sparse : sbyte
    {
        One = 1,
        Five = 5,
        [Label("A hundred")]
        Hundred = 100,
        Minus = -1,
    }
}
