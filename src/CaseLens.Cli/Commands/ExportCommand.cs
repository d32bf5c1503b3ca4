using System.CommandLine;
using System.Globalization;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Storage;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens export notifications|intensive FILE [--db]</c>: .csv or .xlsx by the file's extension; <c>export research</c> is <see cref="ResearchExportCommand"/>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var mode = CommonOptions.FileMode();
        var export = KindCommands.Create(
            "export",
            "Write the stored rows to a file: .csv in the interchange format, .xlsx as a workbook; or a de-identified research extract (export research).",
            context,
            kind => (
                $"Write every stored {ValidateCommand.Noun(kind)} row to FILE. A .csv file is in the interchange format (it imports back unchanged); "
                + "a .xlsx file is a workbook with the same columns.",
                [$"caselens export {ValidateCommand.Noun(kind)} {ValidateCommand.Noun(kind)}.csv",
                $"caselens export {ValidateCommand.Noun(kind)} {ValidateCommand.Noun(kind)}.xlsx --db caselens.db"],
                [db, mode]),
            (kind, file, parse, token) => ExportAsync(kind, file, parse.GetRequiredValue(db), parse.GetValue(mode), context, token));
        export.Subcommands.Add(ResearchExportCommand.Create(context));
        return export;
    }

    private static async Task<Outcome> ExportAsync(DataKind kind, FileInfo file, StoreLocation database, UnixFileMode mode, CliContext context, CancellationToken cancellationToken)
    {
        var format = file.Extension.ToUpperInvariant() switch
        {
            ".CSV" => ExportFormat.Csv,
            ".XLSX" => ExportFormat.Workbook,
            _ => (ExportFormat?)null,
        };
        if (format is null)
        {
            return Outcome.Invalid($"cannot tell the format of '{file.Name}': name a .csv or .xlsx file");
        }

        var (store, failure) = await StoreAccess.OpenForReadingAsync(database, context, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return failure!;
        }

        await using (store)
        {
            var rows = 0;
            // Written under a temporary name first, so a failed export never leaves half a file behind.
            var refused = await OutputFile.WriteAsync(file, mode, stream =>
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
            }).ConfigureAwait(false);
            if (refused is not null)
            {
                return refused;
            }

            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"Exported {rows:N0} {(kind == DataKind.Notifications ? "notifications" : "intensive cases")} to {file.Name}.")).ConfigureAwait(false);
            return Outcome.Ok;
        }
    }
}
