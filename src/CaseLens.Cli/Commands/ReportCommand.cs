using System.CommandLine;
using CaseLens.Application.Reporting;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens report</c>: the tables of the biennial analysis from the store or from files, as
/// JSON (<c>scr-report/1</c>), HTML, Excel or Word. A report with a disclosure policy made from the
/// store is recorded in its ledger (and may be refused); nothing else is written to the store.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ReportOptions();
        var command = new DocumentedCommand("report", 
            "Compute the report tables from the store (--db) or straight from files (--notifications, --intensive) and write them "
            + "as JSON, HTML, Excel or Word. JSON without --output goes to standard output. With --disclosure, a report from the store "
            + "is checked against the releases recorded in it (refused, exit 2, if read with them it would reveal a hidden number) "
            + "and recorded in its ledger; nothing else is written to the store.",
            "caselens report --format json > report.json",
            "caselens report --notifications notifications.csv --intensive intensive.csv --comparators comparators.csv --period 2005-07 --format html --output report.html",
            "caselens report --study-year 2005-06 --region london --suppress-below 6 --format docx --output london.docx",
            "caselens report --disclosure dfe --format html --output whole.html",
            "caselens report --study-year 2005-06 --disclosure dfe --protect-against-releases --format html --output 2005-06.html");
        options.AddTo(command);
        command.SetHandler(context, async (parse, token) =>
        {
            var report = await new ReportRun(context.Time).RunAsync(options.Read(parse), token).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                return report;
            }

            if (report.Value.ReleaseId is { } release)
            {
                await context.Error.WriteLineAsync($"Recorded as release {release} in the store's ledger (caselens releases lists them).").ConfigureAwait(false);
            }

            var output = parse.GetValue(options.Output);
            return await DocumentOutput.WriteAsync(
                context, output, parse.GetValue(options.Mode), report.Value.Write, $"Wrote {report.Value.TableCount} tables to {output?.Name}.", token).ConfigureAwait(false);
        });
        return command;
    }
}
