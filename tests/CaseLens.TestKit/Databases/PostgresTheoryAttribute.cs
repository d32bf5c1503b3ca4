using Xunit;

namespace CaseLens.TestKit.Databases;

/// <summary>
/// A theory that needs the PostgreSQL server, for data-driven tests whose rows come from member
/// data: the whole theory is skipped, with the reason, when no server is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        Skip = TestServer.PostgresSkipReason;
    }
}
