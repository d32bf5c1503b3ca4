using System.Diagnostics;
using CaseLens.Analysis.Reports;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// Disclosure control of a whole report as one linked system: primary suppression of every small
/// number, secondary suppression chosen over all tables at once (<see cref="SecondarySuppression"/>),
/// then an LP audit of every hidden small number; the policy, its parameters and the cost go into the
/// provenance.
/// </summary>
public static class ReportDisclosure
{
    /// <summary>The option the cost is recorded under.</summary>
    public const string HiddenOption = "disclosure_hidden";

    /// <summary>
    /// Protects <paramref name="report"/>, made from <paramref name="notifications"/> and
    /// <paramref name="intensive"/> with <paramref name="options"/>.
    /// </summary>
    public static DisclosedReport Protect(Report report, CodedNotifications notifications, IReadOnlyList<IntensiveCase>? intensive, TableOptions options, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Protect(report, AtomSpace.Of(notifications, intensive, options), policy);
    }

    /// <summary>Protects <paramref name="report"/>, whose cases fall in <paramref name="atoms"/>.</summary>
    /// <exception cref="InvalidOperationException">Some small number cannot be protected (a bug: every shown number of a report can be hidden).</exception>
    public static DisclosedReport Protect(Report report, AtomSpace atoms, DisclosurePolicy policy)
    {
        var model = DisclosureModel.Of(report, atoms, policy);
        var (published, unprotected) = Finish(report, model, LinkedSystem.Of(model), 0);
        return unprotected.Count == 0
            ? published
            : throw new InvalidOperationException("These small numbers could be worked out: " + string.Join(", ", unprotected.Select(u => u.Item)));
    }

    /// <summary>
    /// Ends protection of the report added to <paramref name="system"/> at <paramref name="first"/>:
    /// selection, audit, masking; with the small numbers (of any release in the system) a reader could pin down.
    /// </summary>
    internal static (DisclosedReport Published, IReadOnlyList<AuditInterval> Unprotected) Finish(Report report, DisclosureModel model, LinkedSystem system, int first)
    {
        system.Compact();
        var parts = system.Split();
        var clock = Stopwatch.StartNew();
        var outcome = SecondarySuppression.Protect(parts);
        var selection = clock.Elapsed;
        clock.Restart();
        var audit = parts.SelectMany(SystemAudit.Of).ToList();

        var hidden = model.Hiding(system.SecondaryOf(model, first), system.UniformOf(model, first));
        return (Masked(report, hidden, audit, selection, clock.Elapsed), [.. audit.Where(a => a.Pinned)]);
    }

    /// <summary>
    /// <paramref name="report"/> with the numbers <paramref name="hidden"/> hides masked, and the policy
    /// and the cost of its protection in the provenance.
    /// </summary>
    internal static DisclosedReport Masked(Report report, DisclosureModel hidden, IReadOnlyList<AuditInterval> audit, TimeSpan selection, TimeSpan auditing)
    {
        var summary = new DisclosureSummary(
            hidden.Count(ItemState.Primary),
            hidden.Count(ItemState.Secondary),
            hidden.Items.Where(i => i.State == ItemState.Secondary).Sum(i => (long)i.Value),
            hidden.Items.Count,
            audit.Count(a => !a.Protected),
            selection,
            auditing);
        var options = report.Provenance.Options.ToDictionary(StringComparer.Ordinal);
        foreach (var (name, value) in hidden.Policy.Describe())
        {
            options[name] = value;
        }

        options[HiddenOption] = summary.Text;
        var masked = ReportMasking.Apply(report, hidden) with { Provenance = report.Provenance with { Options = options } };
        return new DisclosedReport(masked, hidden, audit, summary);
    }
}
