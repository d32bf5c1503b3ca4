using System.CommandLine;
using CaseLens.Application.Comparing;
using CaseLens.Application.Stores;
using CaseLens.Domain.Notifications;

namespace CaseLens.Cli.Commands;

/// <summary>The options of <c>caselens compare</c>, and the rules on which of them go together.</summary>
internal sealed class CompareOptions
{
    public Option<StoreAddress> Database { get; } = CommonOptions.Database();

    public Option<FileInfo?> Notifications { get; } = new("--notifications")
    {
        Description = "The first data set (A) from this notifications CSV file instead of the store.",
        HelpName = "FILE",
    };

    public Option<string?> Period { get; } = new("--period")
    {
        Description = "The label of the first data set, for example 2003-05. The default is the span of study years in it.",
        HelpName = "LABEL",
    };

    public Option<FileInfo?> With { get; } = new("--with")
    {
        Description = "The second data set (B): a notifications CSV file, for example another period's notifications.",
        HelpName = "FILE",
    };

    public Option<string?> WithPeriod { get; } = new("--with-period")
    {
        Description = "The label of the second data set, for example 2005-07. The default is the span of study years in it.",
        HelpName = "LABEL",
    };

    public Option<FileInfo?> Comparators { get; } = new("--comparators")
    {
        Description = "Published figures (CSV: table,row,column,count,percent) holding the column named by --against.",
        HelpName = "FILE",
    };

    public Option<string?> Against { get; } = new("--against")
    {
        Description = "Compare the first data set with this published column of --comparators instead of a second file "
            + "(a column with counts, for example 2003-05).",
        HelpName = "COLUMN",
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "text (a table with a legend) or json (the scr-comparison/1 document).",
        HelpName = "text|json",
        DefaultValueFactory = _ => "text",
    };

    public Option<FileInfo?> Output { get; } = new("--output")
    {
        Description = "Write to this file instead of standard output.",
        HelpName = "PATH",
    };

    public Option<UnixFileMode> Mode { get; } = CommonOptions.FileMode();

    /// <summary>The same filters as <c>report</c>; they apply to both data sets.</summary>
    public FilterOptions Filters { get; } = new();

    public CompareRun.Request Read(ParseResult parse)
    {
        var filter = Filters.Read(parse);
        return new CompareRun.Request(
            parse.GetRequiredValue(Database),
            parse.GetValue(Notifications),
            parse.GetValue(Period),
            parse.GetValue(With),
            parse.GetValue(WithPeriod),
            parse.GetValue(Comparators),
            parse.GetValue(Against),
            new NotificationFilter
            {
                StudyYear = filter.StudyYear,
                Region = filter.Region,
                Board = filter.Board,
                IncidentType = filter.IncidentType,
            });
    }

    public ComparisonFormat ReadFormat(ParseResult parse) =>
        parse.GetRequiredValue(Format) == "json" ? ComparisonFormat.Json : ComparisonFormat.Text;

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("text", "json");
        command.Options.Add(Database);
        command.Options.Add(Notifications);
        command.Options.Add(Period);
        command.Options.Add(With);
        command.Options.Add(WithPeriod);
        command.Options.Add(Comparators);
        command.Options.Add(Against);
        Filters.AddTo(command, withStatus: false);
        command.Options.Add(Format);
        command.Options.Add(Mode);
        command.Options.Add(Output);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Notifications) is not null && result.GetResult(Database) is { Implicit: false })
            {
                result.AddError("Give either --db or --notifications for the first data set, not both.");
            }

            var with = result.GetResult(With) is not null;
            var against = result.GetResult(Against) is not null;
            if (with && against)
            {
                result.AddError("Give either --with FILE (a second data set) or --against COLUMN (a published column), not both.");
            }
            else if (!with && !against)
            {
                result.AddError("Name what to compare with: --with FILE, or --comparators FILE --against COLUMN.");
            }

            if (against && result.GetResult(Comparators) is null)
            {
                result.AddError("--against needs --comparators FILE (the file that holds the column).");
            }

            if (!against && result.GetResult(Comparators) is not null)
            {
                result.AddError("--comparators needs --against COLUMN (which published column to compare with).");
            }

            if (!with && result.GetResult(WithPeriod) is not null)
            {
                result.AddError("--with-period needs --with FILE.");
            }
        });
    }
}
