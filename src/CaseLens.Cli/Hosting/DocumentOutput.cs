using System.Text;
using CaseLens.Application.Files;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Hosting;

/// <summary>
/// Where a command's document goes: standard output, or a file written through
/// <see cref="AtomicFile"/> (a temporary file made exclusively beside it, renamed into place only
/// when whole, never through a planted link; a target that may not be replaced is refused, exit 2),
/// after which <c>written</c> is said on standard error.
/// </summary>
internal static class DocumentOutput
{
    public static async Task<Result> WriteAsync(
        CliContext context, FileInfo? file, UnixFileMode mode, Action<Stream> write, string written, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            using var buffer = new MemoryStream();
            write(buffer);
            await context.Out.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return Result.Success;
        }

        var result = await ToFileAsync(file, mode, write).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await context.Error.WriteLineAsync(written).ConfigureAwait(false);
        }

        return result;
    }

    private static Task<Result> ToFileAsync(FileInfo file, UnixFileMode mode, Action<Stream> write) =>
        AtomicFile.WriteAsync(file.FullName, mode, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        });
}
