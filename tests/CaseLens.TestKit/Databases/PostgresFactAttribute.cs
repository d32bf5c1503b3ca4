using Xunit;

namespace CaseLens.TestKit.Databases;

/// <summary>
/// A test against the PostgreSQL server named by <c>CASELENS_TEST_POSTGRES</c> (scripts/test.sh sets it);
/// skipped when none is configured, unless <c>CASELENS_REQUIRE_POSTGRES=1</c>, when it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = TestServer.PostgresSkipReason;
    }
}
