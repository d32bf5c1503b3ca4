using CaseLens.Storage.Auditing;
using CaseLens.Storage.DependencyInjection;
using CaseLens.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseLens.Storage.Tests.DependencyInjection;

/// <summary>The store registered for dependency injection: its options are checked at start-up, and its repositories share one store.</summary>
public sealed class CaseStoreServicesTests(StoreFixture databases) : IClassFixture<StoreFixture>
{
    [Theory, OnSqlite, OnPostgres]
    public async Task The_registered_repositories_read_and_write_the_configured_store(DatabaseProvider provider)
    {
        var location = await databases.EmptyLocationAsync(provider);
        await (await CaseStore.OpenAsync(location)).DisposeAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddCaseStore(options => options.Location = location)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        services.GetRequiredService<IStartupValidator>().Validate();

        await using (var session = await services.GetRequiredService<NotificationRepository>().BeginImportAsync(StoreImports.Options()))
        {
            await session.AddAsync(new NotificationBuilder().WithId("N1"));
            await session.CompleteAsync("ab12");
        }

        (await services.GetRequiredService<NotificationRepository>().CountAsync()).ShouldBe(1);
        (await services.GetRequiredService<AuditTrail>().ListAsync()).ShouldHaveSingleItem().At.ShouldBe(clock.GetUtcNow());
        (await services.GetRequiredService<IntensiveCaseRepository>().CountAsync()).ShouldBe(0);
        (await services.GetRequiredService<CaseLens.Storage.KeptCounts.KeptNotificationCounts>().ReadCurrentAsync(1)).ShouldBeNull("nothing was offered to keep");
        services.GetRequiredService<CaseStore>().Location.Provider.ShouldBe(provider);
    }

    [Fact]
    public void A_missing_location_stops_the_host_at_start_up()
    {
        using var services = new ServiceCollection().AddCaseStore(_ => { }).BuildServiceProvider();

        var refused = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        refused.Message.ShouldContain("CaseStore:Location is required");
    }

    [Fact]
    public void A_location_that_is_no_store_is_refused_at_start_up_without_showing_it()
    {
        using var services = new ServiceCollection().AddCaseStore(options => options.Location = "store\0.db;Password=hunter2").BuildServiceProvider();

        var refused = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        refused.Message.ShouldContain("CaseStore:Location is neither");
        refused.Message.ShouldNotContain("hunter2");
    }
}
