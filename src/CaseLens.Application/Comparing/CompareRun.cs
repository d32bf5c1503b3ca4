using System.Security.Cryptography;
using System.Text;
using CaseLens.Analysis.Comparators;
using CaseLens.Analysis.Comparison;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Application.Importing;
using CaseLens.Application.Printing;
using CaseLens.Application.Reporting;
using CaseLens.Application.Stores;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;
using AnalysisReportOptions = CaseLens.Analysis.Tables.ReportOptions;

namespace CaseLens.Application.Comparing;

/// <summary>
/// <c>compare</c>: reads the first data set (file or store) and either a second file or a published
/// comparator column, builds the notification tables of each and tests every table with
/// <see cref="PeriodComparison"/>; the host writes the result as text or JSON. Every problem with the
/// inputs (missing files, invalid rows, an unknown comparator column) is listed at once.
/// </summary>
/// <param name="time">The clock of the reports compared.</param>
public sealed class CompareRun(TimeProvider time)
{
    /// <summary>What to compare.</summary>
    /// <param name="Database">The store, read for the first data set when <paramref name="Notifications"/> is not given.</param>
    /// <param name="Notifications">The first data set from a notifications CSV file.</param>
    /// <param name="Period">The first data set's label; the span of its study years when null.</param>
    /// <param name="With">The second data set: a notifications CSV file.</param>
    /// <param name="WithPeriod">The second data set's label; the span of its study years when null.</param>
    /// <param name="Comparators">Published figures holding the column <paramref name="Against"/>.</param>
    /// <param name="Against">The published column to compare with instead of a second data set.</param>
    /// <param name="Filter">Which notifications count, in both data sets.</param>
    public sealed record Request(
        StoreAddress Database,
        FileInfo? Notifications,
        string? Period,
        FileInfo? With,
        string? WithPeriod,
        FileInfo? Comparators,
        string? Against,
        NotificationFilter Filter);

    /// <summary>The comparison of every table, or every problem with the inputs.</summary>
    public async Task<Result<Comparison>> RunAsync(Request request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var missing = new[] { request.Notifications, request.With, request.Comparators }
            .Where(file => file is { Exists: false })
            .Select(file => FileProblems.Missing(file!))
            .ToList();
        if (missing.Count > 0)
        {
            return Invalid(missing);
        }

        var problems = new List<Problem>();
        var comparators = request.Comparators is { } comparatorFile ? ReadComparators(comparatorFile, request.Against!, problems) : null;
        var first = request.Notifications is { } notifications
            ? ReportInput.FromFiles(notifications, null, request.Filter, time)
            : await ReportInput.FromStoreAsync(request.Database, request.Filter, time, keepCases: false, cancellationToken).ConfigureAwait(false);
        var second = request.With is { } with ? ReportInput.FromFiles(with, null, request.Filter, time) : null;
        foreach (var read in new[] { first, second })
        {
            if (read is { Kind: ProblemKind.Failure })
            {
                return Result<Comparison>.Fail(ProblemKind.Failure, read.Problems);
            }

            problems.AddRange(read?.Problems ?? []);
        }

        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        var firstCases = first.Value.Notifications;
        var firstLabel = request.Period ?? PeriodLabel.Of(firstCases);
        var firstSource = request.Notifications?.Name ?? "the store";
        CheckNotEmpty(firstCases, "first", firstSource, problems);
        if (comparators is not null)
        {
            if (comparators.Figures.Any(f => f.Column == firstLabel))
            {
                problems.Add(new Problem(
                    "compare.label_taken",
                    $"the label '{firstLabel}' of the first data set is also a column of {request.Comparators!.Name}; give another with --period"));
            }

            if (problems.Count > 0)
            {
                return Invalid(problems);
            }

            var report = Build(firstCases, firstLabel, request.Filter, comparators);
            return Result<Comparison>.Ok(new Comparison(
                new ComparedSide(firstLabel, report.Provenance.DataSetHash, firstSource),
                new ComparedSide(request.Against!, FileHash(request.Comparators!), request.Comparators!.Name),
                PeriodComparison.AgainstComparator(report, request.Against!)));
        }

        var secondCases = second!.Value.Notifications;
        var secondLabel = request.WithPeriod ?? PeriodLabel.Of(secondCases);
        CheckNotEmpty(secondCases, "second", request.With!.Name, problems);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        var firstReport = Build(firstCases, firstLabel, request.Filter, ComparatorSet.Empty);
        var secondReport = Build(secondCases, secondLabel, request.Filter, ComparatorSet.Empty);
        return Result<Comparison>.Ok(new Comparison(
            new ComparedSide(firstLabel, firstReport.Provenance.DataSetHash, firstSource),
            new ComparedSide(secondLabel, secondReport.Provenance.DataSetHash, request.With.Name),
            PeriodComparison.Compare(firstReport, secondReport)));
    }

    private static Result<Comparison> Invalid(IEnumerable<Problem> problems) => Result<Comparison>.Fail(ProblemKind.Invalid, problems);

    private Report Build(NotificationCounts cases, string label, NotificationFilter filter, ComparatorSet comparators) =>
        new ReportBuilder(time).Build(cases, null, new AnalysisReportOptions
        {
            Tables = new TableOptions { PeriodLabel = label, Filter = filter, Comparators = comparators },
            Version = ProductVersion.Current,
        });

    private static void CheckNotEmpty(NotificationCounts cases, string which, string source, List<Problem> problems)
    {
        if (cases.Count == 0)
        {
            problems.Add(new Problem(
                "compare.empty",
                $"the {which} data set ({source}) has no notifications within the filters; there is nothing to compare"));
        }
    }

    /// <summary>The comparator figures, adding a problem for each invalid row and for an unknown or count-less column.</summary>
    private static ComparatorSet? ReadComparators(FileInfo file, string column, List<Problem> problems)
    {
        var result = ComparatorFile.Read(file);
        if (!result.Succeeded)
        {
            problems.AddRange(result.Problems);
            return null;
        }

        var set = result.Value;
        var columns = set.Figures.Select(f => f.Column).Distinct(StringComparer.Ordinal).ToList();
        if (!columns.Contains(column, StringComparer.Ordinal))
        {
            problems.Add(new Problem("compare.no_column", $"--against: {file.Name} has no column '{column}'; its columns are {string.Join(", ", columns)}"));
        }
        else if (!set.Figures.Any(f => f.Column == column && f.Count is not null))
        {
            problems.Add(new Problem("compare.no_counts", $"--against: column '{column}' of {file.Name} has no counts (only percentages), so it cannot be tested"));
        }

        return set;
    }

    private static string FileHash(FileInfo file)
    {
        using var stream = file.OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <summary>The result of <see cref="CompareRun"/>: what was compared with what, and each table's test.</summary>
public sealed class Comparison
{
    internal Comparison(ComparedSide a, ComparedSide b, IReadOnlyList<TableComparison> tables)
    {
        A = a;
        B = b;
        Tables = tables;
    }

    internal ComparedSide A { get; }

    internal ComparedSide B { get; }

    internal IReadOnlyList<TableComparison> Tables { get; }

    /// <summary>How many tables were compared.</summary>
    public int TableCount => Tables.Count;

    /// <summary>Writes the comparison in <paramref name="format"/> (UTF-8); text lays its table out with <paramref name="tables"/>.</summary>
    public void Write(Stream stream, ComparisonFormat format, TextTableWriter tables)
    {
        if (format == ComparisonFormat.Json)
        {
            ComparisonJson.Write(stream, A, B, Tables);
            return;
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 12, leaveOpen: true);
        ComparisonText.Write(writer, A, B, Tables, tables);
    }
}
