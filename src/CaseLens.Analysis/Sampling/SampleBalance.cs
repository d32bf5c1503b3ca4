using CaseLens.Analysis.Reports;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Sampling;

/// <summary>
/// The balance table of an intensive sample (id <c>SB</c>): for each balancing variable (age group,
/// incident type, gender, ethnicity, region) and each of its categories, including <c>not_known</c>, the
/// count and whole-number percent (half away from zero) in the population and in the sample. Row keys are
/// <c>variable.code</c>, for example <c>gender.female</c>; both columns are case columns whose n is the
/// number of cases, and each variable's rows add up to it.
/// </summary>
public static class SampleBalance
{
    /// <summary>The balance table's id, outside the report's ids so it never clashes with one.</summary>
    public const string TableId = "SB";

    /// <summary>The balance table of <paramref name="sample"/> against the <paramref name="population"/> it was drawn from.</summary>
    public static ReportTable Table(IReadOnlyCollection<Notification> population, IReadOnlyCollection<Notification> sample)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(sample);
        var rows = new List<ReportRow>();
        foreach (var variable in BalanceVariable.All)
        {
            var inPopulation = Counts(population, variable);
            var inSample = Counts(sample, variable);
            foreach (var (code, label) in variable.Categories)
            {
                rows.Add(new ReportRow($"{variable.Key}.{code}", $"{variable.Label}: {label}", new Dictionary<string, Cell>(StringComparer.Ordinal)
                {
                    ["population"] = Cell.Of(inPopulation.GetValueOrDefault(code), Percent(inPopulation.GetValueOrDefault(code), population.Count)),
                    ["sample"] = Cell.Of(inSample.GetValueOrDefault(code), Percent(inSample.GetValueOrDefault(code), sample.Count)),
                }));
            }
        }

        return new ReportTable
        {
            Id = TableId,
            Title = "Intensive sample balance: sample against the SCR cases it was drawn from",
            Columns = [new ReportColumn("population", "SCR cases", population.Count), new ReportColumn("sample", "Sample", sample.Count)],
            Rows = rows,
        };
    }

    private static Dictionary<string, int> Counts(IEnumerable<Notification> cases, BalanceVariable variable) =>
        cases.GroupBy(variable.CategoryOf).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static int? Percent(int count, int total) =>
        total == 0 ? null : (int)Math.Round(100.0 * count / total, MidpointRounding.AwayFromZero);
}
