using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.Storage.Locations;

namespace CaseLens.Application.Stores;

/// <summary>
/// Where the store is, as a host names it (<c>--db</c>, a setting): read once, by the provider's own
/// connection-string builder, so that a host never handles the storage layer's types itself.
/// <see cref="ToString"/> is the one way to print it: it never shows a password.
/// </summary>
public sealed class StoreAddress
{
    /// <summary>The SQLite file used when no store is named.</summary>
    public const string DefaultFile = StoreLocation.DefaultFile;

    private StoreAddress(StoreLocation location) => Location = location;

    /// <summary>The storage layer's location, for use cases and hosts that open the store.</summary>
    public StoreLocation Location { get; }

    /// <summary>The connection string for the provider. It may hold a password: never print it (print the address).</summary>
    public string ConnectionString => Location.ConnectionString;

    /// <summary>
    /// Reads an address: a SQLite file path, or a PostgreSQL connection string or URL.
    /// <paramref name="password"/> is a password given apart from the text (a file), refused for SQLite;
    /// <paramref name="fallbackPassword"/> (the environment) is used only by a PostgreSQL address without one.
    /// A refusal's message never holds a password or a value of the text.
    /// </summary>
    public static Result<StoreAddress> Read(string? text, string? password = null, string? fallbackPassword = null)
    {
        var location = StoreLocation.Read(text, password, fallbackPassword);
        return location.Succeeded
            ? Result<StoreAddress>.Ok(new StoreAddress(location.Value))
            : Result<StoreAddress>.Fail(location.Kind!.Value, location.Problems);
    }

    /// <summary>
    /// <paramref name="message"/> (a parser's, quoting command-line arguments) with every quoted
    /// argument hidden when any argument carries a password.
    /// </summary>
    public static string HideSecrets(string message, IReadOnlyList<string> arguments) => SecretArguments.Redact(message, arguments);

    /// <summary>The address without any password, safe to print.</summary>
    public override string ToString() => Location.ToString();
}
