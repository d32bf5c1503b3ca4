using System.CommandLine;
using CaseLens.Application.Reporting;
using CaseLens.Application.Stores;
using CaseLens.Domain.Notifications;
using CaseLens.Reporting;

namespace CaseLens.Cli.Commands;

/// <summary>The options of <c>caselens report</c>.</summary>
internal sealed class ReportOptions
{
    public Option<StoreAddress> Database { get; } = CommonOptions.Database();

    public Option<FileInfo?> Notifications { get; } = new("--notifications")
    {
        Description = "Report from this notifications CSV file instead of the store.",
        HelpName = "FILE",
    };

    public Option<FileInfo?> Intensive { get; } = new("--intensive")
    {
        Description = "With --notifications: the intensive-sample CSV file for the intensive tables.",
        HelpName = "FILE",
    };

    public Option<FileInfo?> Comparators { get; } = new("--comparators")
    {
        Description = "Published figures to print beside the data (CSV: table,row,column,count,percent).",
        HelpName = "FILE",
    };

    public Option<string?> Period { get; } = new("--period")
    {
        Description = "The label of the data's column in the tables, for example 2005-07. The default is the span of study years in the data.",
        HelpName = "LABEL",
    };

    public Option<int?> SuppressBelow { get; } = new("--suppress-below")
    {
        Description = "The same as --disclosure k=K: counts from 1 to K-1 shown as <K, with enough other cells hidden (c) that none can be worked out.",
        HelpName = "K",
    };

    public Option<string?> Disclosure { get; } = new("--disclosure")
    {
        Description = "Protect small numbers: k=K (1 to K-1 shown as <K, cells hidden to protect them as c), dfe (every hidden cell c, K=6) "
            + "or nhs-hes (1-7 shown as *, the rest rounded to the nearest 5). A report from the store is recorded in its ledger and "
            + "refused (exit 2) if, read with earlier releases, it would reveal a hidden number. Off by default.",
        HelpName = "k=K|dfe|nhs-hes",
    };

    public Option<bool> ProtectAgainstReleases { get; } = new("--protect-against-releases")
    {
        Description = "With --disclosure from the store: hide more of this report so that, read with the releases already recorded, "
            + "it reveals nothing, instead of refusing it.",
    };

    public Option<string> Actor { get; } = CommonOptions.Actor();

    public Option<string> Format { get; } = new("--format")
    {
        Description = "json (the scr-report/1 document), html, xlsx, docx, or csv (one tidy table, a line per cell, for R or SPSS).",
        Required = true,
        HelpName = "json|html|xlsx|docx|csv",
    };

    public Option<FileInfo?> Output { get; } = new("--output")
    {
        Description = "The file to write. Required except for json and csv, which go to standard output without it.",
        HelpName = "PATH",
    };

    public Option<UnixFileMode> Mode { get; } = CommonOptions.FileMode();

    public FilterOptions Filters { get; } = new();

    public ReportRun.Request Read(ParseResult parse)
    {
        var filter = Filters.Read(parse);
        return new ReportRun.Request(
            parse.GetRequiredValue(Database),
            parse.GetValue(Notifications),
            parse.GetValue(Intensive),
            parse.GetValue(Comparators),
            parse.GetValue(Period),
            new NotificationFilter
            {
                StudyYear = filter.StudyYear,
                Region = filter.Region,
                Board = filter.Board,
                IncidentType = filter.IncidentType,
            },
            Policy(parse.GetValue(Disclosure), parse.GetValue(SuppressBelow)),
            parse.GetValue(ProtectAgainstReleases),
            parse.GetRequiredValue(Actor),
            parse.GetRequiredValue(Format) switch
            {
                "html" => ReportFormat.Html,
                "xlsx" => ReportFormat.Xlsx,
                "docx" => ReportFormat.Docx,
                "csv" => ReportFormat.Csv,
                _ => ReportFormat.Json,
            });
    }

    /// <summary>The policy asked for, as --disclosure names it (--suppress-below K is k=K; the two are checked before: at most one).</summary>
    private static string? Policy(string? disclosure, int? suppressBelow) =>
        suppressBelow is { } k ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"k={k}") : disclosure;

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("json", "html", "xlsx", "docx", "csv");
        SuppressBelow.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 2)
            {
                result.AddError("--suppress-below must be 2 or more.");
            }
        });
        command.Options.Add(Database);
        command.Options.Add(Notifications);
        command.Options.Add(Intensive);
        command.Options.Add(Comparators);
        command.Options.Add(Period);
        Filters.AddTo(command, withStatus: false);
        command.Options.Add(SuppressBelow);
        command.Options.Add(Disclosure);
        command.Options.Add(ProtectAgainstReleases);
        command.Options.Add(Actor);
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Mode);
        command.Validators.Add(result =>
        {
            var fromFiles = result.GetResult(Notifications) is not null;
            if (fromFiles && result.GetResult(Database) is { Implicit: false })
            {
                result.AddError("Give either --db or --notifications, not both.");
            }

            if (!fromFiles && result.GetResult(Intensive) is not null)
            {
                result.AddError("--intensive needs --notifications (a report from the store reads the stored intensive sample).");
            }

            var policies = (result.GetResult(Disclosure) is null ? 0 : 1) + (result.GetResult(SuppressBelow) is null ? 0 : 1);
            if (policies > 1)
            {
                result.AddError("Give either --disclosure or --suppress-below (its synonym), not both.");
            }

            if (result.GetValue(ProtectAgainstReleases) && (policies == 0 || fromFiles))
            {
                result.AddError("--protect-against-releases needs --disclosure (or --suppress-below) and a report from the store: releases are recorded there.");
            }

            // Only the binary formats need a file; an unknown format is reported as such by the option itself.
            if (result.GetValue(Format) is { } format and ("html" or "xlsx" or "docx") && result.GetResult(Output) is null)
            {
                result.AddError($"--format {format} needs --output PATH.");
            }
        });
    }
}
