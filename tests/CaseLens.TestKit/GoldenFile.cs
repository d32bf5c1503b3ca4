using Xunit;

namespace CaseLens.TestKit;

/// <summary>
/// Rendered output checked against a file committed beside the test, so that any change to what a
/// user sees shows in review. <c>CASELENS_UPDATE_GOLDEN=1</c> rewrites the files instead of
/// comparing (then read the diff before committing it).
/// </summary>
public static class GoldenFile
{
    /// <summary>The environment variable that rewrites the golden files.</summary>
    public const string UpdateVariable = "CASELENS_UPDATE_GOLDEN";

    /// <summary>Checks <paramref name="actual"/> against the file at <paramref name="path"/>, relative to the repository root.</summary>
    public static void Verify(string path, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var file = Path.Combine(Repository.Root, path);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, actual);
            return;
        }

        Assert.True(File.Exists(file), $"There is no golden file {path}; run the test with {UpdateVariable}=1 to write it.");
        var expected = File.ReadAllText(file);
        if (expected == actual)
        {
            return;
        }

        var wanted = expected.Split('\n');
        var got = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(wanted.Length, got.Length)).FirstOrDefault(i => wanted[i] != got[i], Math.Min(wanted.Length, got.Length));
        Assert.Fail(
            $"{path} differs at line {line + 1} (run with {UpdateVariable}=1 to accept the new output):\n"
            + $"expected: {(line < wanted.Length ? wanted[line] : "(end of file)")}\n"
            + $"actual:   {(line < got.Length ? got[line] : "(end of file)")}");
    }
}
