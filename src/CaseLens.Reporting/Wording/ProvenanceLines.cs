using System.Globalization;
using CaseLens.Analysis.Reports;

namespace CaseLens.Reporting.Wording;

/// <summary>The provenance block every output carries, as ordered (name, value) pairs.</summary>
public static class ProvenanceLines
{
    public const string Heading = "About this report";

    public static IReadOnlyList<KeyValuePair<string, string>> Of(Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return
        [
            new("Period", provenance.PeriodLabel),
            new("Data set hash (SHA-256)", provenance.DataSetHash),
            new("Filters", Join(provenance.Filters)),
            new("Options", Join(provenance.Options)),
            new("CaseLens version", provenance.Version),
            new("Generated", provenance.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture)),
        ];
    }

    private static string Join(IReadOnlyDictionary<string, string> values) =>
        values.Count == 0
            ? "none"
            : string.Join("; ", values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} = {kv.Value}"));
}
