using System.Reflection;

namespace CaseLens.Application.Reporting;

/// <summary>The CaseLens version recorded in a report's provenance (the informational version without its commit suffix).</summary>
internal static class ProductVersion
{
    public static string Current { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
