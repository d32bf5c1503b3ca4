using CaseLens.Analysis.Reports;
using DocumentFormat.OpenXml.Packaging;

namespace CaseLens.Reporting.Wording;

/// <summary>The title of every document for people, and the Office package properties that carry it.</summary>
public static class DocumentTitle
{
    public static string Of(Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return $"Serious case reviews {provenance.PeriodLabel}: tables and figures";
    }

    /// <summary>Sets the package's title, creator and dates from the provenance (never from the clock).</summary>
    public static void Set(OpenXmlPackage package, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(provenance);
        package.PackageProperties.Title = Of(provenance);
        package.PackageProperties.Creator = "CaseLens " + provenance.Version;
        package.PackageProperties.Created = provenance.GeneratedAt.UtcDateTime;
        package.PackageProperties.Modified = provenance.GeneratedAt.UtcDateTime;
    }
}
