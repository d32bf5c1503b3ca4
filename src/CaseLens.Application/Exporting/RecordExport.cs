using CaseLens.Application.Files;
using CaseLens.Application.Importing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Exporting;

/// <summary>
/// <c>export</c>: every stored row of one kind to a file, .csv in the interchange format (it imports
/// back unchanged) or .xlsx as a workbook, by the file's extension. The file is written whole
/// through <see cref="AtomicFile"/>, so a failed export never leaves half a file behind.
/// </summary>
public static class RecordExport
{
    /// <summary>Writes the stored rows of <paramref name="kind"/> to <paramref name="file"/> with <paramref name="mode"/>.</summary>
    public static async Task<Result<ExportedRecords>> RunAsync(
        DataKind kind, FileInfo file, StoreAddress database, UnixFileMode mode, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var format = file.Extension.ToUpperInvariant() switch
        {
            ".CSV" => ExportFormat.Csv,
            ".XLSX" => ExportFormat.Workbook,
            _ => (ExportFormat?)null,
        };
        if (format is null)
        {
            return Result<ExportedRecords>.Fail(ProblemKind.Invalid, new Problem(
                "export.format", $"cannot tell the format of '{file.Name}': name a .csv or .xlsx file"));
        }

        var opened = await StoreAccess.OpenForReadingAsync(database, time, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return Result<ExportedRecords>.Fail(opened.Kind!.Value, opened.Problems);
        }

        await using var store = opened.Value;
        var rows = 0;
        // Written under a temporary name first, so a failed export never leaves half a file behind.
        var written = await AtomicFile.WriteAsync(file.FullName, mode, stream =>
        {
            if (kind == DataKind.Notifications)
            {
                var records = store.StreamNotificationsAsync(cancellationToken: cancellationToken).ToBlockingEnumerable(cancellationToken)
                    .Select(n => { rows++; return n; });
                ExportWriters.Notifications(format.Value)(stream, records);
            }
            else
            {
                var records = store.StreamIntensiveCasesAsync(cancellationToken).ToBlockingEnumerable(cancellationToken)
                    .Select(c => { rows++; return c; });
                ExportWriters.Intensive(format.Value)(stream, records);
            }

            return Task.CompletedTask;
        }).ConfigureAwait(false);
        return written.Succeeded
            ? Result<ExportedRecords>.Ok(new ExportedRecords(rows))
            : Result<ExportedRecords>.Fail(written.Kind!.Value, written.Problems);
    }
}

/// <summary>What an export wrote.</summary>
/// <param name="Rows">How many records.</param>
public sealed record ExportedRecords(long Rows);
