using CaseLens.Storage.Auditing;
using CaseLens.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseLens.Storage.DependencyInjection;

/// <summary>Registers the case store for dependency injection.</summary>
public static class CaseStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store named by <see cref="CaseStoreOptions"/> (checked when the host starts)
    /// and its repositories, all singletons: each operation opens its own connection, so they serve
    /// many requests at once. A <see cref="TimeProvider"/> registered before is used; otherwise the
    /// system's. Registering touches no database: the host opens the store once at start-up
    /// (<see cref="CaseStore.OpenAsync(StoreLocation, TimeProvider?, CancellationToken)"/>), which
    /// checks (and may migrate) its schema.
    /// </summary>
    /// <remarks>
    /// A new table comes with its repository: a class with a public constructor taking the
    /// <see cref="CaseStore"/>, registered here.
    /// </remarks>
    public static IServiceCollection AddCaseStore(this IServiceCollection services, Action<CaseStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CaseStoreOptions>().Configure(configure).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CaseStoreOptions>, CaseStoreOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => CaseStore.Unopened(
            StoreLocation.Parse(provider.GetRequiredService<IOptions<CaseStoreOptions>>().Value.Location),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<NotificationRepository>();
        services.TryAddSingleton<IntensiveCaseRepository>();
        services.TryAddSingleton<Summaries.CaseSummaryRepository>();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<Releases.ReleaseLedger>();
        services.TryAddSingleton<KeptCounts.KeptNotificationCounts>();
        return services;
    }
}
