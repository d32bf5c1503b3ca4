using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Exporting;
using CaseLens.Application.Importing;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens export notifications|intensive FILE [--db]</c>: .csv or .xlsx by the file's extension (<see cref="RecordExport"/>); <c>export research</c> is <see cref="ResearchExportCommand"/>.</summary>
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
            async (kind, file, parse, token) =>
            {
                var exported = await RecordExport.RunAsync(kind, file, parse.GetRequiredValue(db), parse.GetValue(mode), context.Time, token).ConfigureAwait(false);
                if (!exported.Succeeded)
                {
                    return exported;
                }

                await context.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Exported {exported.Value.Rows:N0} {(kind == DataKind.Notifications ? "notifications" : "intensive cases")} to {file.Name}.")).ConfigureAwait(false);
                return Result.Success;
            });
        export.Subcommands.Add(ResearchExportCommand.Create(context));
        return export;
    }
}
