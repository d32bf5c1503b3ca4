using CaseLens.Domain.Access;

namespace CaseLens.Web.Tests.Hosting;

/// <summary>The accounts a test site is made with: each role with a national scope and with one board's.</summary>
public static class TestAccounts
{
    public const string Password = "correct horse battery";

    public const string Board = "Board A";

    public static IReadOnlyList<(string Name, Role Role, Scope Scope)> All { get; } =
    [
        ("admin-national", Role.Administrator, Scope.National),
        ("admin-board", Role.Administrator, Scope.OfBoards([Board])),
        ("analyst-national", Role.Analyst, Scope.National),
        ("analyst-board", Role.Analyst, Scope.OfBoards([Board])),
        ("reader-national", Role.Reader, Scope.National),
        ("reader-board", Role.Reader, Scope.OfBoards([Board])),
    ];

    public static string NameOf(Role role, bool national) => All.Single(a => a.Role == role && a.Scope.IsNational == national).Name;
}
