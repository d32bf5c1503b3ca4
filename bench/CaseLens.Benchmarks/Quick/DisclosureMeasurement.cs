using System.Diagnostics;
using System.Globalization;
using CaseLens.Analysis.Disclosure;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;

namespace CaseLens.Benchmarks.Quick;

/// <summary>
/// <c>--disclosure N</c>: disclosure control of the whole report of N synthetic notifications under
/// <c>k=6</c>: how long the atoms, the choice of secondary cells and the final LP audit take, and what
/// was hidden.
/// </summary>
internal static class DisclosureMeasurement
{
    public static int Run(int rows)
    {
        var cases = SyntheticNotifications.Generate(rows, seed: 2009).ToList();
        var options = new TableOptions { PeriodLabel = "synthetic" };
        var clock = Stopwatch.StartNew();
        var coded = CodedNotifications.Of(cases, NotificationFilter.None);
        var report = new ReportBuilder(TimeProvider.System).Build(coded, [], new ReportOptions { Tables = options });
        var build = clock.Elapsed;
        clock.Restart();
        var atoms = AtomSpace.Of(coded, [], options);
        var probe = clock.Elapsed;
        var protectedReport = ReportDisclosure.Protect(report, atoms, DisclosurePolicy.K(6));
        var summary = protectedReport.Summary;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{rows:N0} notifications: report {build.TotalSeconds:0.00} s; {atoms.Keys.Count:N0} atoms in {probe.TotalSeconds:0.00} s; "
            + $"secondary selection {summary.Selection.TotalSeconds:0.00} s; audit {summary.Audit.TotalSeconds:0.00} s; {summary.Text}"));
        return 0;
    }
}
