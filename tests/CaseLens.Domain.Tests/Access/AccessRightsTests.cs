using CaseLens.Domain.Access;

namespace CaseLens.Domain.Tests.Access;

public class AccessRightsTests
{
    private static readonly Scope BoardA = Scope.OfBoards(["Board A"]);

    [Theory]
    [InlineData(Role.Administrator, true, true)]
    [InlineData(Role.Analyst, true, false)]
    [InlineData(Role.Reader, false, false)]
    public void Each_role_opens_its_own_parts(Role role, bool seesCases, bool administers)
    {
        var access = new AccessRights(role, Scope.National);

        access.SeesCases.ShouldBe(seesCases);
        access.EditsCases.ShouldBe(seesCases);
        access.Administers.ShouldBe(administers);
    }

    [Fact]
    public void A_reader_never_sees_a_case_even_with_a_national_scope() =>
        new AccessRights(Role.Reader, Scope.National).MaySee("Board A").ShouldBeFalse();

    [Fact]
    public void A_board_analyst_sees_only_cases_of_their_boards()
    {
        var access = new AccessRights(Role.Analyst, BoardA);

        access.MaySee("Board A").ShouldBeTrue();
        access.MaySee("Board B").ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, 6)]
    [InlineData(0, 6)]
    [InlineData(3, 6)]
    [InlineData(10, 10)]
    public void Readers_always_get_suppression_of_at_least_six(int? requested, int expected) =>
        new AccessRights(Role.Reader, Scope.National).SuppressionThreshold(requested).ShouldBe(expected);

    [Theory]
    [InlineData(null, 0)]
    [InlineData(3, 3)]
    public void Analysts_get_the_suppression_they_ask_for(int? requested, int expected) =>
        new AccessRights(Role.Analyst, Scope.National).SuppressionThreshold(requested).ShouldBe(expected);

    [Fact]
    public void No_access_sees_nothing() =>
        AccessRights.None.MaySee(null).ShouldBeFalse();
}
