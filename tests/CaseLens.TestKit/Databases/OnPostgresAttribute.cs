using CaseLens.Storage;
using System.Reflection;
using Xunit.Sdk;

namespace CaseLens.TestKit.Databases;

/// <summary>
/// Runs a database theory on PostgreSQL (a throwaway database on the server named by
/// <c>CASELENS_TEST_POSTGRES</c>); skipped with the reason when no server is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        Skip = TestServer.PostgresSkipReason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}
