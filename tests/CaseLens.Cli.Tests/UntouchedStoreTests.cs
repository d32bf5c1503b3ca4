using System.Security.Cryptography;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests;

/// <summary>Commands that only read, and an import refused for clashing ids, leave the store file byte for byte as it was.</summary>
public sealed class UntouchedStoreTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("report", "--format", "json")]
    [InlineData("cases")]
    [InlineData("audit")]
    [InlineData("sample", "--size", "10")]
    [InlineData("export", "notifications", "{dir}/out.csv")]
    [InlineData("import", "notifications", "{sample}")]
    public void The_store_file_is_unchanged(params string[] args)
    {
        var db = seeded.CopyTo(_dir.File("store.db"));
        var before = SHA256.HashData(File.ReadAllBytes(db));
        var command = args.Select(a => a.Replace("{dir}", _dir.Path, StringComparison.Ordinal)
            .Replace("{sample}", SampleData.Notifications, StringComparison.Ordinal)).Append("--db").Append(db).ToArray();

        var run = CliRun.Of(command);

        run.ExitCode.ShouldBe(args[0] == "import" ? 2 : 0, run.ToString());
        SHA256.HashData(File.ReadAllBytes(db)).ShouldBe(before);
    }
}
