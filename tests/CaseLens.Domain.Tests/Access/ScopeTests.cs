using CaseLens.Domain.Access;

namespace CaseLens.Domain.Tests.Access;

public class ScopeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_boards_given_means_national(string? text) =>
        Scope.Parse(text).ShouldBe(Scope.National);

    [Fact]
    public void Boards_are_read_from_the_semicolon_list_trimmed()
    {
        var scope = Scope.Parse(" Board A ; Board B")!;

        scope.IsNational.ShouldBeFalse();
        scope.Boards.ShouldBe(["Board A", "Board B"], ignoreOrder: true);
        scope.ToString().ShouldBe("Board A;Board B");
    }

    [Theory]
    [InlineData("B1;;B2")]
    [InlineData("B1;")]
    [InlineData(";")]
    public void A_blank_board_in_the_list_is_refused(string text) =>
        Scope.Parse(text).ShouldBeNull();

    [Fact]
    public void A_board_scope_covers_only_its_boards_compared_exactly()
    {
        var scope = Scope.OfBoards(["Board A"]);

        scope.Covers("Board A").ShouldBeTrue();
        scope.Covers("board a").ShouldBeFalse();
        scope.Covers("Board B").ShouldBeFalse();
        scope.Covers(null).ShouldBeFalse();
    }

    [Fact]
    public void National_covers_every_board_and_cases_without_one()
    {
        Scope.National.Covers("Board A").ShouldBeTrue();
        Scope.National.Covers(null).ShouldBeTrue();
    }

    [Fact]
    public void Nothing_covers_no_case()
    {
        Scope.Nothing.Covers("Board A").ShouldBeFalse();
        Scope.Nothing.Covers(null).ShouldBeFalse();
    }

    [Fact]
    public void An_empty_board_list_cannot_be_made_into_a_scope() =>
        Should.Throw<ArgumentException>(() => Scope.OfBoards([]));
}
