using System.Net;
using System.Text.RegularExpressions;
using CaseLens.Application.Tests.Databases;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Cases;

/// <summary>The dashboard's figures: in scope, with the list's filters, and always suppressed for readers.</summary>
public sealed partial class DashboardTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    private static string Row(string html, string label) => TableRow(label).Match(html) is { Success: true } m ? m.Value : string.Empty;

    private static Regex TableRow(string label) => new($"<tr>\\s*<th scope=\"row\">{Regex.Escape(label)}</th>.*?</tr>", RegexOptions.Singleline);

    [Theory, OnSqlite, OnPostgres]
    public async Task A_reader_gets_small_counts_withheld_while_an_analyst_sees_them(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var analyst = site.Client();
        using var reader = site.Client();
        await analyst.SignedInAsAsync("analyst-national");
        await reader.SignedInAsAsync("reader-national");

        var seen = await analyst.GetPageAsync("/");
        var withheld = await reader.GetPageAsync("/");

        Row(seen, "Death").ShouldContain("<td>1");
        Row(withheld, "Death").ShouldNotContain("<td>1");
        withheld.ShouldContain("Counts under 6");
        seen.ShouldNotContain("Counts under");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_board_scoped_person_sees_only_their_board_and_cannot_ask_for_another(DatabaseProvider provider)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(provider));
        await TestCases.AddToAsync(site);
        using var analyst = site.Client();
        await analyst.SignedInAsAsync("analyst-board");

        var own = await analyst.GetPageAsync("/");
        using var other = await analyst.GetAsync("/?board=" + Uri.EscapeDataString(TestCases.OtherBoardName));

        Row(own, "Death").ShouldContain("<td>1");
        Row(own, "Serious injury").ShouldNotContain("<td>1");
        other.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await other.Content.ReadAsStringAsync()).ShouldContain("id=\"board-error\"");
    }
}
