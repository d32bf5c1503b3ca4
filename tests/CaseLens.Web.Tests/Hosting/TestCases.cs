using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.Storage;
using CaseLens.TestKit;
using CaseLens.TestKit.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Tests.Hosting;

/// <summary>
/// The cases a test site holds: one of the test accounts' board (<see cref="TestAccounts.Board"/>)
/// and one of another board, each with an outline holding a word found nowhere else.
/// </summary>
public static class TestCases
{
    public const string InScope = "A0001";
    public const string OtherBoard = "B0001";
    public const string OtherBoardName = "Board B";
    public const string InScopeWord = "trampoline";
    public const string OtherWord = "lighthouse";

    public static IReadOnlyList<Notification> All { get; } =
    [
        new NotificationBuilder().WithId(InScope).Aged(7).Of(Gender.Female).In(Region.London).Died(DeathCategory.C)
            .With(n => n with { Board = TestAccounts.Board, IncidentDate = new DateOnly(2006, 6, 1), CaseOutline = $"A fall from a {InScopeWord} in the garden." }).Build(),
        new NotificationBuilder().WithId(OtherBoard).Aged(40).Of(Gender.Male).In(Region.East)
            .With(n => n with { Board = OtherBoardName, IncidentDate = new DateOnly(2007, 1, 9), CaseOutline = $"Injured near the {OtherWord}." }).Build(),
    ];

    /// <summary>The intensive sample of a test site: one case, with the id of <see cref="InScope"/> so that one sample path serves every case route.</summary>
    public static IReadOnlyList<IntensiveCase> Intensive { get; } =
    [
        new IntensiveCaseBuilder().WithId(InScope).Aged(7).Died().With(c => c with { HouseholdChildren = 2 }).Build(),
    ];

    /// <summary>Imports <see cref="All"/> (and <paramref name="more"/>) and <see cref="Intensive"/> into the site's store.</summary>
    public static async Task AddToAsync(TestSite site, params Notification[] more)
    {
        var store = site.App.Services.GetRequiredService<CaseStore>();
        var outcome = await store.ImportAsync([.. All, .. more]);
        outcome.ShouldNotBeNull();
        (await store.ImportAsync(Intensive)).ShouldNotBeNull();
    }
}
