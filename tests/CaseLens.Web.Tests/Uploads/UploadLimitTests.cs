using System.Net;
using CaseLens.Application.Tests.Databases;
using CaseLens.Application.Uploads;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using CaseLens.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Web.Tests.Uploads;

/// <summary>The upload's size limit and the expiry of an unconfirmed upload, on a site with small limits.</summary>
public sealed class UploadLimitTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{
    private static readonly UploadLimits Small = new(2048, TimeSpan.FromMinutes(2));

    private async Task<TestSite> SmallSiteAsync() =>
        await TestSite.StartAsync(await databases.NewAsync(DatabaseProvider.Sqlite), configure: b => b.Services.AddSingleton(Small));

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_the_limit_named_and_nothing_kept()
    {
        await using var site = await SmallSiteAsync();
        using var analyst = site.Client();
        await analyst.SignedInAsAsync("analyst-national");

        using var overLimit = await analyst.UploadAsync(UploadFiles.Csv(UploadFiles.Cases("L", 20)), "big.csv");
        using var farOver = await analyst.UploadAsync(new byte[300_000], "huge.csv");

        overLimit.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await overLimit.Content.ReadAsStringAsync()).ShouldContain("larger than 2 KB");
        farOver.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await farOver.Content.ReadAsStringAsync()).ShouldContain("at most 2 KB");
        var root = site.App.Services.GetRequiredService<UploadFolder>().Root;
        Directory.GetFiles(root.FullName, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_upload_not_confirmed_in_time_is_deleted()
    {
        await using var site = await SmallSiteAsync();
        using var analyst = site.Client();
        await analyst.SignedInAsAsync("analyst-national");
        var token = await analyst.CheckedAsync(UploadFiles.Csv(UploadFiles.Cases("E", 1)), "late.csv");

        site.Time.Advance(TimeSpan.FromMinutes(3));
        using var confirmed = await analyst.ConfirmAsync(token);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var root = site.App.Services.GetRequiredService<UploadFolder>().Root;
        Directory.GetFiles(root.FullName, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        (await new Storage.Records.NotificationRepository(site.App.Services.GetRequiredService<CaseStore>()).FindAsync("E001")).ShouldBeNull();
    }
}
