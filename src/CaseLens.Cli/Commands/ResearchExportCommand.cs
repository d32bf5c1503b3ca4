using System.CommandLine;
using System.Globalization;
using CaseLens.Application.Research;
using CaseLens.Application.Stores;
using CaseLens.Cli.Hosting;
using CaseLens.Domain.Problems;
using CaseLens.Domain.Research;

namespace CaseLens.Cli.Commands;

/// <summary>
/// <c>caselens export research OUT.csv --level deidentified|limited [--key-file FILE] [--db DB]</c>: a
/// research extract of the stored notifications with OUT.sps and OUT.R beside it, and its k-anonymity check.
/// </summary>
internal static class ResearchExportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("OUT.csv") { Description = "The extract's CSV file; OUT.sps and OUT.R are written beside it." };
        var db = CommonOptions.Database();
        var mode = CommonOptions.FileMode();
        var level = new Option<string>("--level")
        {
            Description = "deidentified (the strictest: no free text, no board names, no case ids, no exact dates, ages in groups) "
                + "or limited (dates may be shifted per case, ages in months, outlines kept for a named reviewer).",
            Required = true,
            HelpName = "deidentified|limited",
        };
        level.AcceptOnlyFromAmong("deidentified", "limited");
        var keyFile = new Option<FileInfo?>("--key-file")
        {
            Description = "The pseudonyms' key, held outside the store: made (0600) when missing, refused when others may read it or it is a link. "
                + $"The default is {PseudonymKeyFile.DefaultPath}. The same key gives the same pseudonyms in every extract.",
            HelpName = "FILE",
        };
        var dates = new Option<string>("--dates")
        {
            Description = "month (YYYY-MM, the default), study-year, or shift (limited only: every date of a case moved by its own offset, so intervals survive).",
            HelpName = "month|study-year|shift",
            DefaultValueFactory = _ => "month",
        };
        dates.AcceptOnlyFromAmong("month", "study-year", "shift");
        var ageInMonths = new Option<bool>("--age-in-months") { Description = "Limited only: ages in completed months rather than the study's age groups." };
        var outlines = new Option<string?>("--outlines-for")
        {
            Description = "Limited only: keep the case outlines, for this named reviewer (the variable's label names them).",
            HelpName = "NAME",
        };
        var k = new Option<int>("--k")
        {
            Description = "The k of the k-anonymity check over age group, gender, ethnicity, region, incident type and study year. The default is 5.",
            HelpName = "K",
            DefaultValueFactory = _ => 5,
        };
        var generalise = new Option<bool>("--generalise") { Description = "When classes are smaller than k: broad age bands, then region withheld in each class still smaller." };
        var command = new DocumentedCommand("research",
            "Write a research extract of the stored notifications, one row per case, coded as the codebook, with an SPSS syntax file (.sps) "
            + "and an R script (.R) beside it that read it with labels. Case ids and boards become keyed pseudonyms; the k-anonymity "
            + "check is printed. Reads the store only.",
            "caselens export research extract.csv --level deidentified --key-file ~/caselens-research.key",
            "caselens export research extract.csv --level limited --dates shift --age-in-months --outlines-for \"Dr A Reviewer\" --db caselens.db")
        {
            file, db, mode, level, keyFile, dates, ageInMonths, outlines, k, generalise,
        };
        command.SetHandler(context, (parse, token) => ExportAsync(
            parse.GetRequiredValue(db),
            new ResearchExportRequest
            {
                Output = parse.GetRequiredValue(file).FullName,
                Level = parse.GetRequiredValue(level) == "limited" ? ExtractLevel.Limited : ExtractLevel.Deidentified,
                KeyFile = parse.GetValue(keyFile)?.FullName ?? PseudonymKeyFile.DefaultPath,
                Dates = parse.GetValue(dates) switch
                {
                    "shift" => DateHandling.Shift,
                    "study-year" => DateHandling.StudyYear,
                    _ => DateHandling.Month,
                },
                AgeInMonths = parse.GetValue(ageInMonths),
                OutlineReviewer = parse.GetValue(outlines),
                K = parse.GetValue(k),
                Generalise = parse.GetValue(generalise),
                Mode = parse.GetValue(mode),
            },
            context,
            token));
        return command;
    }

    private static async Task<Result> ExportAsync(StoreAddress database, ResearchExportRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var exported = await new ExportResearch(context.Time).RunAsync(database, request, cancellationToken).ConfigureAwait(false);
        if (!exported.Succeeded)
        {
            return exported;
        }

        var (outcome, files, keyCreated) = (exported.Value, exported.Value.Files, exported.Value.KeyCreated);
        if (keyCreated)
        {
            await context.Error.WriteLineAsync($"Made a new pseudonym key in {request.KeyFile} (mode 0600): keep it outside the store, and use it again for the same pseudonyms.").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {outcome.Rows:N0} notifications ({outcome.Level.ToString().ToLowerInvariant()}) to {Path.GetFileName(files[0])}, with {Path.GetFileName(files[1])} and {Path.GetFileName(files[2])}.")).ConfigureAwait(false);
        await WriteCheckAsync(context.Out, "k-anonymity", outcome.KAnonymity).ConfigureAwait(false);
        if (outcome.Generalised is { } generalised)
        {
            await WriteCheckAsync(context.Out, "after generalising", generalised).ConfigureAwait(false);
        }

        return Result.Success;
    }

    /// <summary>How many of the classes smaller than k are listed; the rest are counted.</summary>
    private const int ClassesListed = 20;

    /// <summary>The check in words, then the smallest classes (values as written in the extract).</summary>
    private static async Task WriteCheckAsync(TextWriter output, string title, KAnonymityReport check)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{title} (k = {check.K}) over {string.Join(", ", check.QuasiIdentifiers)}: {check.Classes:N0} classes, {check.SmallClasses.Count:N0} smaller than k holding {check.RecordsAtRisk:N0} records.")).ConfigureAwait(false);
        if (check.SmallClasses.Count > 0)
        {
            Tables.Write(output, [.. check.QuasiIdentifiers, "records"], check.SmallClasses.Take(ClassesListed).Select(c => c.Values.Append(c.Size.ToString(CultureInfo.InvariantCulture)).ToArray()));
            if (check.SmallClasses.Count > ClassesListed)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"… and {check.SmallClasses.Count - ClassesListed:N0} more classes smaller than k (smallest first; --generalise widens them).")).ConfigureAwait(false);
            }
        }
    }
}
