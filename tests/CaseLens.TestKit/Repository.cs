namespace CaseLens.TestKit;

/// <summary>The checkout the tests run in: the folder holding CaseLens.sln above the test assembly.</summary>
public static class Repository
{
    private static readonly Lazy<string> Found = new(Find);

    /// <summary>The repository's root folder.</summary>
    public static string Root => Found.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CaseLens.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder holding CaseLens.sln above {AppContext.BaseDirectory}.");
    }
}
