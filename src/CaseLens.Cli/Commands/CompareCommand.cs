using System.CommandLine;
using CaseLens.Application.Comparing;
using CaseLens.Cli.Hosting;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens compare</c>: whether each table's distribution differs between two data sets (two
/// periods), or between the data and a published column of counts, by chi-square or Fisher's exact test.
/// Reads only; never writes to the store.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var options = new CompareOptions();
        var command = new DocumentedCommand("compare",
            "Test, table by table, whether the first data set (the store, or --notifications) is distributed differently from "
            + "a second data set (--with) or from a published column of counts (--comparators with --against). Each table is a "
            + "rows x 2 table of counts: chi-square when every expected count is at least 5, otherwise Fisher's exact test. "
            + "Multi-response tables are not tested. The filters apply to both data sets. Nothing is written to the store.",
            "caselens compare --notifications notifications-2003-05.csv --period 2003-05 --with notifications-2005-07.csv --with-period 2005-07",
            "caselens compare --db caselens.db --with earlier.csv --with-period 2003-05 --incident-type death --format json",
            "caselens compare --notifications notifications-2005-07.csv --comparators comparators-2005-07.csv --against 2003-05");
        options.AddTo(command);
        command.SetHandler(context, async (parse, token) =>
        {
            var comparison = await new CompareRun(context.Time).RunAsync(options.Read(parse), token).ConfigureAwait(false);
            if (!comparison.Succeeded)
            {
                return comparison;
            }

            var (output, format) = (parse.GetValue(options.Output), options.ReadFormat(parse));
            return await DocumentOutput.WriteAsync(
                context,
                output,
                parse.GetValue(options.Mode),
                stream => comparison.Value.Write(stream, format, Tables.Write),
                $"Wrote the comparison of {comparison.Value.TableCount} tables to {output?.Name}.",
                token).ConfigureAwait(false);
        });
        return command;
    }
}
