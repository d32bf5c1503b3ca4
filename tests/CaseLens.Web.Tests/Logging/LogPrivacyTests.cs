using System.Net;
using System.Text.RegularExpressions;
using CaseLens.Application.Tests.Databases;
using CaseLens.Storage;
using CaseLens.TestKit;
using CaseLens.Web.Tests.Hosting;

namespace CaseLens.Web.Tests.Logging;

public sealed partial class LogPrivacyTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    [Fact]
    public Task A_full_session_logs_none_of_the_values_entered() => SessionLogsNothingEnteredAsync(configure: null);

    [Fact]
    public Task Framework_log_levels_lowered_in_configuration_still_log_none_of_the_values_entered() =>
        SessionLogsNothingEnteredAsync(builder =>
        {
            builder.Configuration["Logging:LogLevel:Default"] = "Trace";
            builder.Configuration["Logging:LogLevel:Microsoft"] = "Trace";
            builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
            builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore.Mvc"] = "Trace";
        });

    private async Task SessionLogsNothingEnteredAsync(Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure)
    {
        await using var site = await TestSite.StartAsync(await databases.NewAsync(DatabaseProvider.Sqlite), configure: configure);
        var entered = new List<string> { TestAccounts.Password };
        using var admin = site.Client();

        // A mistyped password, then the right one.
        const string WrongPassword = "wrong-Pa55word-zebra";
        entered.Add(WrongPassword);
        (await admin.SignInAsync("admin-national", WrongPassword)).Dispose();
        await admin.SignedInAsAsync("admin-national");

        // A user added and given other boards.
        const string Name = "newcomer-qx";
        const string Password = "fresh passphrase kiwi-77";
        entered.AddRange([Name, Password, "Secret Board Zulu", "Other Board Yankee", "Third Board Xray"]);
        using (var added = await admin.PostFormAsync("/admin/users/add", "/admin/users/add",
            ("name", Name), ("Access.Role", "analyst"), ("Access.Boards", "Secret Board Zulu;Other Board Yankee"), ("password", Password)))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var list = await admin.GetPageAsync("/admin/users");
        var edit = "/admin/users/" + AccountIdOf(list, Name);
        (await admin.PostFormAsync(edit, edit + "?handler=Access", ("Access.Role", "analyst"), ("Access.Boards", "Third Board Xray"))).Dispose();

        // Search words and a board in the query string, as the case list takes them.
        entered.AddRange(["strangulation-outline-word", "Quiet Board Whiskey"]);
        (await admin.GetAsync("/cases?q=strangulation-outline-word&board=Quiet+Board+Whiskey")).Dispose();

        // A case viewed, edited (a new outline, board and age), refused once (an invalid date), listed by a word of its outline.
        await TestCases.AddToAsync(site);
        entered.AddRange([TestCases.InScopeWord, "quixotic-outline-phrase", "Edited Board Victor", "1999-13-45"]);
        var editPath = $"/cases/{TestCases.InScope}/edit";
        (await admin.GetPageAsync($"/cases/{TestCases.InScope}")).ShouldContain(TestCases.InScopeWord);
        var version = Version().Match(await admin.GetPageAsync(editPath)).Groups[1].Value;
        (string Name, string Value)[] fields = [("version", version), ("incident_date", "2006-06-01"), ("scr_status", "yes"), ("incident_type", "death"),
            ("board", "Edited Board Victor"), ("age_months", "9"), ("case_outline", "quixotic-outline-phrase after the edit")];
        using (var refused = await admin.PostFormAsync(editPath, editPath, [.. fields, ("notification_date", "1999-13-45")]))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        }

        using (var saved = await admin.PostFormAsync(editPath, editPath, fields))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await admin.GetPageAsync("/cases?q=quixotic-outline-phrase")).ShouldContain($">{TestCases.InScope}</a>");
        (await admin.GetPageAsync($"/cases/{TestCases.InScope}/audit")).ShouldContain("Edited Board Victor");

        // The intensive case's summary: a section, a health-marker detail, a chronology entry and a quote; then its audit trail and Word download.
        const string Summary = $"/intensive/{TestCases.InScope}/summary";
        entered.AddRange(["jabberwocky-key-feature", "fortnightly-hv-detail", "Agency Umbrella", "tangerine-chronology-event", "marmalade-quote", "Source Tango"]);
        var summaryPage = await admin.GetPageAsync(Summary);
        using (var summary = await admin.PostFormAsync(Summary, Summary, ("version", Version().Match(summaryPage).Groups[1].Value), ("chronology_rows", "3"), ("quote_rows", "3"),
            ("key_features", "jabberwocky-key-feature"), ("hv_contact_child_frequency", "fortnightly-hv-detail"),
            ("chronology_1_date", "2005-03-02"), ("chronology_1_agency", "Agency Umbrella"), ("chronology_1_event", "tangerine-chronology-event"),
            ("quote_1_text", "marmalade-quote"), ("quote_1_source", "Source Tango")))
        {
            summary.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await admin.GetPageAsync($"/intensive/{TestCases.InScope}/audit")).ShouldContain("fortnightly-hv-detail");
        (await admin.GetAsync(Summary + "?handler=docx")).Dispose();

        // The authenticator: its key and a code.
        var security = await admin.GetPageAsync("/account/security");
        var key = SharedKey().Match(security).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        var code = Totp.Code(key, TimeProvider.System.GetUtcNow());
        entered.AddRange([key, code]);
        (await admin.PostFormAsync("/account/security", "/account/security?handler=Enable", ("code", code))).Dispose();
        (await admin.PostFormAsync("/", "/signout")).Dispose();

        var logs = site.Logs.Entries;
        logs.ShouldContain(e => e.Contains("GET /cases answered 200", StringComparison.Ordinal), "the capture sees the request log");
        logs.ShouldContain(e => e.Contains("POST /admin/users/add answered 302", StringComparison.Ordinal));
        logs.ShouldContain(e => e.Contains($"POST /cases/{TestCases.InScope}/edit answered 302", StringComparison.Ordinal));
        logs.ShouldContain(e => e.Contains($"POST {Summary} answered 302", StringComparison.Ordinal));
        foreach (var value in entered)
        {
            logs.Where(e => e.Contains(value, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty($"log entries holding an entered value ({value.Length} characters)");
        }
    }

    private static string AccountIdOf(string list, string name) =>
        AccountLink().Matches(list).Single(m => m.Groups[2].Value == name).Groups[1].Value;

    [GeneratedRegex("<a href=\"/admin/users/([0-9a-f-]+)\">([^<]+)</a>")]
    private static partial Regex AccountLink();

    [GeneratedRegex("name=\"version\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("<code id=\"shared-key\">([a-z0-9 ]+)</code>")]
    private static partial Regex SharedKey();
}
