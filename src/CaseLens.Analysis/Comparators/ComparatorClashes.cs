using CaseLens.Analysis.Tables;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Problems;

namespace CaseLens.Analysis.Comparators;

/// <summary>
/// Checks, before any table is built, that no comparator column has the key of a case column
/// (the period label, <c>female</c> in T3, a study year in T1 …), which would make the two
/// columns one. Each clash is a problem on the line of the first figure that names it.
/// </summary>
public static class ComparatorClashes
{
    /// <summary>The clashes of <paramref name="comparators"/> with the case columns a report for <paramref name="periodLabel"/> would have; empty when none.</summary>
    public static IReadOnlyList<Problem> Find(ComparatorSet comparators, string periodLabel)
    {
        ArgumentNullException.ThrowIfNull(comparators);
        ArgumentNullException.ThrowIfNull(periodLabel);
        var options = new TableOptions { PeriodLabel = periodLabel };
        var caseColumns = NotificationTables.Build(CodedNotifications.Of([], options.Filter), options)
            .Concat(IntensiveTables.Build([], options))
            .ToDictionary(t => t.Id, t => t.Columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var problems = new List<Problem>();
        var reported = new HashSet<(string, string)>();
        foreach (var figure in comparators.Figures)
        {
            var clashes = (caseColumns.TryGetValue(figure.Table, out var keys) && keys.Contains(figure.Column))
                || (figure.Table == "T1" && StudyYear.TryParse(figure.Column, out _));
            if (clashes && reported.Add((figure.Table, figure.Column)))
            {
                problems.Add(new Problem(
                    "comparator.column_clash",
                    $"'{figure.Column}' is the key of a case column of {figure.Table}; give the comparator column another name",
                    figure.Line,
                    "column"));
            }
        }

        return problems;
    }
}
