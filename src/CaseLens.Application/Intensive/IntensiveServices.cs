using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Application.Intensive;

/// <summary>Registers the intensive-case use cases for a host that has a <see cref="Storage.CaseStore"/> and a <see cref="TimeProvider"/>.</summary>
public static class IntensiveServices
{
    /// <summary>Adds each intensive-case use case, scoped (one per request).</summary>
    public static IServiceCollection AddIntensiveUseCases(this IServiceCollection services)
    {
        services.AddScoped<ListIntensiveCases>();
        services.AddScoped<OpenIntensiveCase>();
        services.AddScoped<EditIntensiveCase>();
        services.AddScoped<OpenCaseSummary>();
        services.AddScoped<EditCaseSummary>();
        services.AddScoped<CaseSummaryDocument>();
        return services;
    }
}
