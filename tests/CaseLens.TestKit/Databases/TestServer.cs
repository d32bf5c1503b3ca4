namespace CaseLens.TestKit.Databases;

/// <summary>
/// The PostgreSQL server the tests may use: <c>CASELENS_TEST_POSTGRES</c> names it (a user who may
/// CREATE DATABASE). Without it the PostgreSQL cases are skipped, unless
/// <c>CASELENS_REQUIRE_POSTGRES=1</c>, when they fail.
/// </summary>
public static class TestServer
{
    public static string? Postgres => Environment.GetEnvironmentVariable("CASELENS_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool PostgresRequired => Environment.GetEnvironmentVariable("CASELENS_REQUIRE_POSTGRES") == "1";

    public static string? PostgresSkipReason => Postgres is null && !PostgresRequired
        ? "PostgreSQL not configured: set CASELENS_TEST_POSTGRES to a connection string (scripts/test.sh starts a local server)"
        : null;
}
