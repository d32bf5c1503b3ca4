using CaseLens.Domain.Problems;
using Npgsql;

namespace CaseLens.Storage.Locations;

/// <summary>
/// Reads the text of a store location once, with the provider's own builder: a PostgreSQL URL, a
/// connection string (SQLite when it names a <c>Data Source</c>, PostgreSQL otherwise) or a SQLite
/// file path. Problems never quote a value of the text, which may be a password.
/// </summary>
internal static class LocationReader
{
    public const string ProblemCode = "store.location.invalid";

    public static Result<StoreLocation> Read(string? text, string? password, string? fallbackPassword)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            text = StoreLocation.DefaultFile;
        }

        if (PostgresUrl.IsUrl(text))
        {
            return Postgres(PostgresUrl.Read(text), password, fallbackPassword);
        }

        if (!ConnectionStringShape.LooksLikeOne(text))
        {
            return password is null
                ? SqliteLocation.OfPath(text)
                : Refused("a SQLite store has no password: give a password only for a PostgreSQL store");
        }

        if (ConnectionStringShape.Pairs(text) is not { } pairs)
        {
            return Refused("--db looks like a connection string but does not parse: check the ';' between keywords and the quoting of values (a value with ';' in it is written 'like;this')");
        }

        return SqliteLocation.IsSqliteConnectionString(pairs)
            ? password is null
                ? SqliteLocation.OfPairs(pairs)
                : Refused("a SQLite store has no password: give a password only for a PostgreSQL store")
            : Postgres(PostgresKeywords.Read(pairs), password, fallbackPassword);
    }

    public static Result<StoreLocation> Refused(string message) =>
        Result<StoreLocation>.Fail(ProblemKind.Invalid, new Problem(ProblemCode, message));

    private static Result<StoreLocation> Postgres(Result<NpgsqlConnectionStringBuilder> read, string? password, string? fallbackPassword)
    {
        if (!read.Succeeded)
        {
            return Result<StoreLocation>.Fail(read.Kind!.Value, read.Problems);
        }

        var builder = read.Value;
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            return Refused("the PostgreSQL connection names no host: add Host=… (or use a SQLite file path)");
        }

        var hasPassword = !string.IsNullOrEmpty(builder.Password);
        if (password is not null)
        {
            if (hasPassword)
            {
                return Refused("a password is given both in the connection string and separately: give it once");
            }

            builder.Password = password;
        }
        else if (!hasPassword && !string.IsNullOrEmpty(fallbackPassword))
        {
            builder.Password = fallbackPassword;
        }

        return Result<StoreLocation>.Ok(new StoreLocation(DatabaseProvider.Postgres, builder.ConnectionString));
    }
}
