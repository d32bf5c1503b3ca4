using System.Reflection;
using CaseLens.Analysis.Reports;
using CaseLens.Application.Stores;
using CaseLens.Domain.Problems;
using CaseLens.Interchange;
using CaseLens.Reporting;
using CaseLens.Storage;
using CaseLens.Web;

namespace CaseLens.Cli.Tests.Architecture;

/// <summary>The assemblies of CaseLens, by project name, and which of ours each one references.</summary>
internal static class Layers
{
    public static IReadOnlyDictionary<string, Assembly> All { get; } = new[]
    {
        typeof(Problem).Assembly,
        typeof(Report).Assembly,
        typeof(NotificationCsv).Assembly,
        typeof(ReportWriter).Assembly,
        typeof(CaseStore).Assembly,
        typeof(StoreAddress).Assembly,
        typeof(CaseLensWeb).Assembly,
        typeof(CaseLensApp).Assembly,
    }.ToDictionary(Name, StringComparer.Ordinal);

    /// <summary>The projects of ours that <paramref name="project"/> references in its compiled metadata (what it really uses).</summary>
    public static IReadOnlyList<string> ReferencesOf(string project) =>
        [.. All[project].GetReferencedAssemblies()
            .Select(reference => reference.Name ?? string.Empty)
            .Select(name => name == "caselens" ? "CaseLens.Cli" : name)
            .Where(name => name.StartsWith("CaseLens.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static string Name(Assembly assembly) =>
        assembly.GetName().Name is "caselens" ? "CaseLens.Cli" : assembly.GetName().Name!;
}
