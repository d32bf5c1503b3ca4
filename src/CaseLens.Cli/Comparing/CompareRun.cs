using System.Security.Cryptography;
using System.Text;
using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Comparison;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Cli.Hosting;
using CaseLens.Cli.Problems;
using CaseLens.Cli.Reporting;
using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using AnalysisReportOptions = CaseLens.Analysis.Tables.ReportOptions;
using CaseLens.Storage;

namespace CaseLens.Cli.Comparing;

/// <summary>
/// <c>caselens compare</c>: reads the first data set (file or store) and either a second file or a
/// published comparator column, builds the notification tables of each, tests every table with
/// <see cref="PeriodComparison"/> and writes the result as text or JSON. Every problem with the
/// inputs (missing files, invalid rows, an unknown comparator column) is listed at once, exit 2.
/// </summary>
internal sealed class CompareRun(CliContext context)
{
    public sealed record Request(
        StoreLocation Database,
        FileInfo? Notifications,
        string? Period,
        FileInfo? With,
        string? WithPeriod,
        FileInfo? Comparators,
        string? Against,
        NotificationFilter Filter,
        ComparisonFormat Format,
        FileInfo? Output,
        UnixFileMode Mode);

    public async Task<Outcome> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var missing = new[] { request.Notifications, request.With, request.Comparators }
            .Where(file => file is { Exists: false })
            .Select(file => new Problem($"cannot read '{file}': no such file"))
            .ToList();
        if (missing.Count > 0)
        {
            return Outcome.Invalid(missing);
        }

        var problems = new List<Problem>();
        var comparators = request.Comparators is { } comparatorFile ? ReadComparators(comparatorFile, request.Against!, problems) : null;
        var (first, firstFailure) = request.Notifications is { } notifications
            ? ReportInput.FromFiles(notifications, null, request.Filter, context.Time)
            : await ReportInput.FromStoreAsync(request.Database, request.Filter, context, cancellationToken).ConfigureAwait(false);
        var (second, secondFailure) = request.With is { } with ? ReportInput.FromFiles(with, null, request.Filter, context.Time) : (null, null);
        foreach (var failure in new[] { firstFailure, secondFailure })
        {
            if (failure is { Problems.Count: 0 })
            {
                return failure;
            }

            problems.AddRange(failure?.Problems ?? []);
        }

        if (problems.Count > 0)
        {
            return Outcome.Invalid(problems);
        }

        var firstCases = first!.Notifications;
        var firstLabel = request.Period ?? PeriodLabel.Of(firstCases);
        var firstSource = request.Notifications?.Name ?? "the store";
        CheckNotEmpty(firstCases, "first", firstSource, problems);
        IReadOnlyList<TableComparison> results;
        ComparedSide a, b;
        if (comparators is not null)
        {
            if (comparators.Figures.Any(f => f.Column == firstLabel))
            {
                problems.Add(new Problem($"the label '{firstLabel}' of the first data set is also a column of {request.Comparators!.Name}; give another with --period"));
            }

            if (problems.Count > 0)
            {
                return Outcome.Invalid(problems);
            }

            var report = Build(firstCases, firstLabel, request.Filter, comparators);
            results = PeriodComparison.AgainstComparator(report, request.Against!);
            a = new ComparedSide(firstLabel, report.Provenance.DataSetHash, firstSource);
            b = new ComparedSide(request.Against!, FileHash(request.Comparators!), request.Comparators!.Name);
        }
        else
        {
            var secondCases = second!.Notifications;
            var secondLabel = request.WithPeriod ?? PeriodLabel.Of(secondCases);
            CheckNotEmpty(secondCases, "second", request.With!.Name, problems);
            if (problems.Count > 0)
            {
                return Outcome.Invalid(problems);
            }

            var firstReport = Build(firstCases, firstLabel, request.Filter, ComparatorSet.Empty);
            var secondReport = Build(secondCases, secondLabel, request.Filter, ComparatorSet.Empty);
            results = PeriodComparison.Compare(firstReport, secondReport);
            a = new ComparedSide(firstLabel, firstReport.Provenance.DataSetHash, firstSource);
            b = new ComparedSide(secondLabel, secondReport.Provenance.DataSetHash, request.With.Name);
        }

        return await WriteAsync(request, a, b, results, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Outcome> WriteAsync(Request request, ComparedSide a, ComparedSide b, IReadOnlyList<TableComparison> results, CancellationToken cancellationToken)
    {
        void Write(Stream stream)
        {
            if (request.Format == ComparisonFormat.Json)
            {
                ComparisonJson.Write(stream, a, b, results);
                return;
            }

            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 12, leaveOpen: true);
            ComparisonText.Write(writer, a, b, results);
        }

        if (request.Output is null)
        {
            using var buffer = new MemoryStream();
            Write(buffer);
            await context.Out.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return Outcome.Ok;
        }

        if (await OutputFile.WriteAsync(request.Output, request.Mode, stream => Write(stream)).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        await context.Error.WriteLineAsync($"Wrote the comparison of {results.Count} tables to {request.Output.Name}.").ConfigureAwait(false);
        return Outcome.Ok;
    }

    private Report Build(CodedNotifications cases, string label, NotificationFilter filter, ComparatorSet comparators) =>
        new ReportBuilder(context.Time).Build(cases, null, new AnalysisReportOptions
        {
            Tables = new TableOptions { PeriodLabel = label, Filter = filter, Comparators = comparators },
            Version = ProductVersion.Current,
        });

    private static void CheckNotEmpty(CodedNotifications cases, string which, string source, List<Problem> problems)
    {
        if (cases.Count == 0)
        {
            problems.Add(new Problem($"the {which} data set ({source}) has no notifications within the filters; there is nothing to compare"));
        }
    }

    /// <summary>The comparator figures, adding a problem for each invalid row and for an unknown or count-less column.</summary>
    private static ComparatorSet? ReadComparators(FileInfo file, string column, List<Problem> problems)
    {
        Domain.Problems.Result<ComparatorSet> result;
        using (var stream = file.OpenRead())
        {
            result = ComparatorCsv.Read(stream);
        }

        if (!result.Succeeded)
        {
            problems.AddRange(result.Problems.Select(p => new Problem($"{p.Message} (in {file.Name})", p.Line, p.Column)));
            return null;
        }

        var set = result.Value;
        var columns = set.Figures.Select(f => f.Column).Distinct(StringComparer.Ordinal).ToList();
        if (!columns.Contains(column, StringComparer.Ordinal))
        {
            problems.Add(new Problem($"--against: {file.Name} has no column '{column}'; its columns are {string.Join(", ", columns)}"));
        }
        else if (!set.Figures.Any(f => f.Column == column && f.Count is not null))
        {
            problems.Add(new Problem($"--against: column '{column}' of {file.Name} has no counts (only percentages), so it cannot be tested"));
        }

        return set;
    }

    private static string FileHash(FileInfo file)
    {
        using var stream = file.OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
