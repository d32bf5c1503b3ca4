using CaseLens.TestKit;

namespace CaseLens.Cli.Tests;

/// <summary>A SQLite store holding the sample notifications, built once and copied for each test.</summary>
public sealed class SeededStore : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SeededStore()
    {
        Template = _dir.File("seeded.db");
        var run = CliRun.Of("import", "notifications", SampleData.Notifications, "--db", Template);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(run.ToString());
        }
    }

    public string Template { get; }

    public string CopyTo(string path)
    {
        File.Copy(Template, path);
        return path;
    }

    public void Dispose() => _dir.Dispose();
}
