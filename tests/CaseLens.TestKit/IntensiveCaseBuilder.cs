using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.TestKit;

/// <summary>
/// Readable intensive-sample cases: <c>new IntensiveCaseBuilder().Aged(3).With(c => c with { … }).Build()</c>.
/// The default is a serious injury with every other characteristic unknown.
/// </summary>
public sealed class IntensiveCaseBuilder
{
    private static int _next;
    private IntensiveCase _value;

    public IntensiveCaseBuilder()
    {
        var id = Interlocked.Increment(ref _next);
        _value = new IntensiveCase { CaseId = $"I{id:D5}", IncidentType = IncidentType.SeriousInjury };
    }

    public IntensiveCaseBuilder Aged(int months) => With(c => c with { AgeMonths = months });

    public IntensiveCaseBuilder Died() => With(c => c with { IncidentType = IncidentType.Death });

    public IntensiveCaseBuilder In(Region region) => With(c => c with { Region = region });

    public IntensiveCaseBuilder AtThreshold(InterventionLevel level, Cooperation cooperation) =>
        With(c => c with { InterventionLevel = level, Cooperation = cooperation });

    /// <summary>Any other change, for the fields without a named step.</summary>
    public IntensiveCaseBuilder With(Func<IntensiveCase, IntensiveCase> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _value = change(_value);
        return this;
    }

    public IntensiveCase Build() => _value;

    public static implicit operator IntensiveCase(IntensiveCaseBuilder builder) => builder?.Build()!;
}
