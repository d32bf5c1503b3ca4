using CaseLens.Storage;
using System.Reflection;
using Xunit.Sdk;

namespace CaseLens.TestKit.Databases;

/// <summary>Runs a database theory on SQLite (a temporary file).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}
