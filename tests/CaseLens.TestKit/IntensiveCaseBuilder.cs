using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.TestKit;

/// <summary>
/// Readable intensive-sample cases: <c>new IntensiveCaseBuilder().Aged(2).Died().Build()</c>.
/// The default is a minimal valid serious-injury case of unknown characteristics.
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

    public IntensiveCaseBuilder WithId(string caseId) => With(c => c with { CaseId = caseId });

    public IntensiveCaseBuilder Aged(int months) => With(c => c with { AgeMonths = months });

    public IntensiveCaseBuilder Died() => With(c => c with { IncidentType = IncidentType.Death });

    public IntensiveCaseBuilder Injured() => With(c => c with { IncidentType = IncidentType.SeriousInjury });

    public IntensiveCaseBuilder Of(Gender gender) => With(c => c with { Gender = gender });

    public IntensiveCaseBuilder In(Region region) => With(c => c with { Region = region });

    public IntensiveCaseBuilder At(InterventionLevel level, Cooperation? cooperation = null) =>
        With(c => c with { InterventionLevel = level, Cooperation = cooperation });

    public IntensiveCaseBuilder WithDomesticViolence(DomesticViolenceHistory history) =>
        With(c => c with { DomesticViolence = history });

    public IntensiveCaseBuilder WithPlan(PlanHistory plan, CscInvolvement knownToCsc = CscInvolvement.Current) =>
        With(c => c with { ProtectionPlan = plan, KnownToCsc = knownToCsc });

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
