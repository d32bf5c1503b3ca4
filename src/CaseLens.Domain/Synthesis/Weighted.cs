namespace CaseLens.Domain.Synthesis;

/// <summary>
/// A discrete distribution over a few values, drawn with a caller's <see cref="Random"/>.
/// Weights are relative (they need not sum to 1); a null value stands for "not known".
/// </summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentOutOfRangeException.ThrowIfZero(choices.Length);
        _values = new T[choices.Length];
        _cumulative = new double[choices.Length];
        var total = 0d;
        for (var i = 0; i < choices.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(choices[i].Weight);
            total += choices[i].Weight;
            _values[i] = choices[i].Value;
            _cumulative[i] = total;
        }

        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public T Draw(Random random)
    {
        var u = random.NextDouble();
        for (var i = 0; i < _cumulative.Length - 1; i++)
        {
            if (u < _cumulative[i])
            {
                return _values[i];
            }
        }

        return _values[^1];
    }
}
