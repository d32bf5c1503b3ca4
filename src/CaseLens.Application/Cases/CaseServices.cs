using Microsoft.Extensions.DependencyInjection;

namespace CaseLens.Application.Cases;

/// <summary>Registers the case use cases (and the dashboard's figures and report downloads) for a host that has a <see cref="Storage.CaseStore"/> and a <see cref="TimeProvider"/>.</summary>
public static class CaseServices
{
    /// <summary>Adds each case use case, scoped (one per request).</summary>
    public static IServiceCollection AddCaseUseCases(this IServiceCollection services)
    {
        services.AddScoped<FindCases>();
        services.AddScoped<OpenCase>();
        services.AddScoped<EditCase>();
        services.AddScoped<CaseHistory>();
        services.AddScoped<AuditExport>();
        services.AddScoped<Dashboard.DashboardFigures>();
        services.AddScoped<Dashboard.ReportDownload>();
        return services;
    }
}
