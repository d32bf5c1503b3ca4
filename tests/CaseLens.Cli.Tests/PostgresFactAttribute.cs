namespace CaseLens.Cli.Tests;

/// <summary>
/// A test against the PostgreSQL server named by <c>CASELENS_TEST_POSTGRES</c> (scripts/test.sh sets it);
/// skipped when none is configured, unless <c>CASELENS_REQUIRE_POSTGRES=1</c>, when it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public static string? Server => Environment.GetEnvironmentVariable("CASELENS_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public PostgresFactAttribute()
    {
        if (Server is null && Environment.GetEnvironmentVariable("CASELENS_REQUIRE_POSTGRES") != "1")
        {
            Skip = "PostgreSQL not configured: set CASELENS_TEST_POSTGRES (scripts/test.sh starts a local server)";
        }
    }
}
