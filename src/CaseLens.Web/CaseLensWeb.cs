using CaseLens.Application.Accounts;
using CaseLens.Application.Cases;
using CaseLens.Application.Intensive;
using CaseLens.Application.Uploads;
using CaseLens.Storage;
using CaseLens.Storage.Accounts;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseLens.Web;

/// <summary>
/// The web application as a library: <c>caselens serve</c> and the tests build it, optionally adjust
/// the builder (a test server, a log capture), and run it. It opens the store first, bringing the
/// case tables and the accounts up to date, so that a new store is ready before the first request.
/// </summary>
public static class CaseLensWeb
{
    /// <summary>Builds the application over the store <paramref name="options"/> names; <paramref name="configure"/> runs last, before the build.</summary>
    public static async Task<WebApplication> BuildAsync(CaseLensWebOptions options, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The Razor pages are found in this assembly whichever program hosts it.
            ApplicationName = typeof(CaseLensWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (options.Urls is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddOptions<CaseLensWebOptions>()
            .Configure(o =>
            {
                o.Database = options.Database;
                o.Urls = options.Urls;
                o.SessionLifetime = options.SessionLifetime;
                o.Time = options.Time;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var location = StoreLocation.Parse(options.Database);
        builder.Services.AddSingleton(options.Time);
        builder.Logging.KeepCaseContentOut();
        builder.Services.AddCaseLensAccounts(location).AddSignInManager();
        builder.Services.AddCaseUseCases();
        builder.Services.AddUploads(options.Database);
        builder.Services.AddIntensiveUseCases();
        builder.Services.AddSessionsAndCookies(options.SessionLifetime);
        builder.Services.AddAccessPolicies();
        builder.Services.AddPages();
        configure?.Invoke(builder);

        // Checked before the store is touched: a bad option opens nothing.
        Validate(options);
        var store = await CaseStore.OpenAsync(location, options.Time, cancellationToken).ConfigureAwait(false);
        await AccountStore.MigrateAsync(location, cancellationToken).ConfigureAwait(false);
        builder.Services.AddSingleton(store);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() => store.DisposeAsync().AsTask().GetAwaiter().GetResult());
        app.UseCaseLensPipeline();
        return app;
    }

    private static void Validate(CaseLensWebOptions options)
    {
        var failures = new DataAnnotationValidateOptions<CaseLensWebOptions>(Options.DefaultName).Validate(Options.DefaultName, options);
        if (failures.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(CaseLensWebOptions), failures.Failures);
        }
    }
}
