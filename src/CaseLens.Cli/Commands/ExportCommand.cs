using System.CommandLine;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary><c>caselens export notifications|intensive FILE [--db]</c>: .csv or .xlsx by the file's extension.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        return KindCommands.Create(
            "export",
            "Write the stored rows to a file: .csv in the interchange format, .xlsx as a workbook.",
            context,
            kind => (
                $"Write every stored {ValidateCommand.Noun(kind)} row to FILE. A .csv file is in the interchange format (it imports back unchanged); "
                + "a .xlsx file is a workbook with the same columns.",
                [$"caselens export {ValidateCommand.Noun(kind)} {ValidateCommand.Noun(kind)}.csv",
                $"caselens export {ValidateCommand.Noun(kind)} {ValidateCommand.Noun(kind)}.xlsx --db caselens.db"],
                [db]),
            (kind, file, parse) => Pending.NotYet("export"));
    }
}
