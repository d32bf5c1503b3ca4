namespace CaseLens.Benchmarks.Load;

/// <summary>The response times of one kind of request, in milliseconds, and their percentiles.</summary>
internal sealed class Latencies(string kind)
{
    private readonly List<double> _milliseconds = [];
    private int _failures;

    public string Kind => kind;

    public void Add(double milliseconds, bool ok)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(milliseconds);
            if (!ok)
            {
                _failures++;
            }
        }
    }

    public int Count => _milliseconds.Count;

    public int Failures => _failures;

    /// <summary>The nearest-rank percentile: the smallest time at least <paramref name="percent"/>% of the requests took no longer than.</summary>
    public double Percentile(double percent)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
