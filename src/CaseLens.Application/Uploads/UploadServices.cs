using CaseLens.Application.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseLens.Application.Uploads;

/// <summary>Registers the upload use cases for a host over the store <c>database</c> names (as <c>--db</c> takes it).</summary>
public static class UploadServices
{
    /// <summary>Adds the upload folder (one per application), the limits (unless a host set its own) and the two steps.</summary>
    public static IServiceCollection AddUploads(this IServiceCollection services, string? database)
    {
        var address = StoreAddress.Read(database);
        if (!address.Succeeded)
        {
            throw new ArgumentException(address.Problems[0].Message, nameof(database));
        }

        services.TryAddSingleton(UploadLimits.Default);
        services.AddSingleton<UploadFolder>();
        services.AddKeyedSingleton(nameof(UploadServices), address.Value);
        services.AddScoped<CheckUpload>();
        services.AddScoped(s => new ConfirmUpload(
            s.GetRequiredService<UploadFolder>(),
            s.GetRequiredKeyedService<StoreAddress>(nameof(UploadServices)),
            s.GetRequiredService<Storage.CaseStore>(),
            s.GetRequiredService<TimeProvider>()));
        return services;
    }
}
