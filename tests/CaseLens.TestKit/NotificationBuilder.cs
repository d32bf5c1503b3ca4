using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;

namespace CaseLens.TestKit;

/// <summary>
/// Readable test notifications: <c>new NotificationBuilder().Aged(3).Died().Build()</c>.
/// The default is a minimal valid SCR case of unknown characteristics.
/// </summary>
public sealed class NotificationBuilder
{
    private static int _next;
    private Notification _value;

    public NotificationBuilder()
    {
        var id = Interlocked.Increment(ref _next);
        _value = new Notification
        {
            CaseId = $"T{id:D5}",
            IncidentDate = new DateOnly(2005, 6, 1),
            ScrStatus = ScrStatus.Yes,
            IncidentType = IncidentType.SeriousInjury,
        };
    }

    public NotificationBuilder WithId(string caseId) => With(n => n with { CaseId = caseId });

    public NotificationBuilder On(DateOnly incidentDate) => With(n => n with { IncidentDate = incidentDate });

    public NotificationBuilder Aged(int months) => With(n => n with { AgeMonths = months });

    public NotificationBuilder Died(DeathCategory? category = null) =>
        With(n => n with { IncidentType = IncidentType.Death, DeathCategory = category });

    public NotificationBuilder Injured() =>
        With(n => n with { IncidentType = IncidentType.SeriousInjury, DeathCategory = null });

    public NotificationBuilder Review(ScrStatus status) => With(n => n with { ScrStatus = status });

    public NotificationBuilder NotReviewed() => Review(ScrStatus.No);

    public NotificationBuilder Excluded(Exclusion exclusion) => With(n => n with { Exclusion = exclusion });

    public NotificationBuilder Of(Gender gender) => With(n => n with { Gender = gender });

    public NotificationBuilder Of(Ethnicity ethnicity) => With(n => n with { Ethnicity = ethnicity });

    public NotificationBuilder In(Region region) => With(n => n with { Region = region });

    public NotificationBuilder Harmed(HarmType harm, bool? headInjury = null) =>
        With(n => n with { HarmType = harm, HeadInjury = headInjury });

    public NotificationBuilder WithPlan(ProtectionPlan plan, params AbuseCategory[] categories) =>
        With(n => n with { ProtectionPlan = plan, ProtectionPlanCategories = CodeSet<AbuseCategory>.Of(categories) });

    public NotificationBuilder Decided(DateOnly decision, DateOnly? completed = null) =>
        With(n => n with { ScrDecisionDate = decision, ScrCompletedDate = completed });

    /// <summary>Any other change, for the fields without a named step.</summary>
    public NotificationBuilder With(Func<Notification, Notification> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _value = change(_value);
        return this;
    }

    public Notification Build() => _value;

    public static implicit operator Notification(NotificationBuilder builder) => builder?.Build()!;
}
