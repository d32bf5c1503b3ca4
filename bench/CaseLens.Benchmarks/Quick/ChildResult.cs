using System.Globalization;

namespace CaseLens.Benchmarks.Quick;

/// <summary>A child's <c>RESULT name key=value …</c> line.</summary>
internal sealed record ChildResult(string Name, IReadOnlyDictionary<string, string> Values)
{
    public static ChildResult Parse(string line)
    {
        var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new ChildResult(parts[1], parts.Skip(2).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal));
    }

    public double Double(string key) => double.Parse(Values[key], CultureInfo.InvariantCulture);

    public long Long(string key) => long.Parse(Values[key], CultureInfo.InvariantCulture);
}
