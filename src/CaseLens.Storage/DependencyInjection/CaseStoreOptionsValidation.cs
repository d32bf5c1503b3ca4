using Microsoft.Extensions.Options;

namespace CaseLens.Storage.DependencyInjection;

/// <summary>
/// Checks at start-up that <see cref="CaseStoreOptions.Location"/> reads as a store location. The
/// failure never quotes the location, which may hold a password.
/// </summary>
internal sealed class CaseStoreOptionsValidation : IValidateOptions<CaseStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, CaseStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Location))
        {
            // The [Required] check reports it.
            return ValidateOptionsResult.Skip;
        }

        try
        {
            _ = StoreLocation.Parse(options.Location);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return ValidateOptionsResult.Fail("CaseStore:Location is neither a SQLite file path nor a PostgreSQL connection string (its text is not shown: it may hold a password).");
        }
    }
}
