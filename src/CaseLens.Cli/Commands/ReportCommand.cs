using System.CommandLine;
using CaseLens.Application.Reporting;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens report</c>: the tables of the biennial analysis from the store or from files, as
/// JSON (<c>scr-report/1</c>), HTML, Excel or Word. Reads only; never writes to the store.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ReportOptions();
        var command = new DocumentedCommand("report", 
            "Compute the report tables from the store (--db) or straight from files (--notifications, --intensive) and write them "
            + "as JSON, HTML, Excel or Word. JSON without --output goes to standard output. Nothing is written to the store.",
            "caselens report --format json > report.json",
            "caselens report --notifications notifications.csv --intensive intensive.csv --comparators comparators.csv --period 2005-07 --format html --output report.html",
            "caselens report --study-year 2005-06 --region london --suppress-below 6 --format docx --output london.docx");
        options.AddTo(command);
        command.SetHandler(context, async (parse, token) =>
        {
            var report = await new ReportRun(context.Time).RunAsync(options.Read(parse), token).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                return report;
            }

            var output = parse.GetValue(options.Output);
            return await DocumentOutput.WriteAsync(
                context, output, parse.GetValue(options.Mode), report.Value.Write, $"Wrote {report.Value.TableCount} tables to {output?.Name}.", token).ConfigureAwait(false);
        });
        return command;
    }
}
