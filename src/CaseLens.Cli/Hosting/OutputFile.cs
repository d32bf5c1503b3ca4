namespace CaseLens.Cli.Hosting;

/// <summary>
/// Writes a command's output file under a temporary name and renames it into place only when the
/// writer finished, so a failed export or report never leaves half a file behind (or clobbers the
/// previous good one).
/// </summary>
internal static class OutputFile
{
    public static async Task WriteAsync(FileInfo file, Func<Stream, Task> write)
    {
        var temporary = file.FullName + ".partial";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                await write(stream).ConfigureAwait(false);
            }

            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public static Task WriteAsync(FileInfo file, Action<Stream> write) =>
        WriteAsync(file, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        });
}
