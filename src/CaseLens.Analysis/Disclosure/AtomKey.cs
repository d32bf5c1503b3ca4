using System.Globalization;
using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Disclosure;

/// <summary>
/// The atom a case falls in: the combination of the coded values the report's tables count, written
/// as <c>name=value</c> parts joined by <c>;</c>. The filter variables come first under the names a
/// filter is described by (<c>study_year</c>, <c>region</c>, <c>incident_type</c>, <c>scr_status</c>),
/// so that releases with different filters share one atom space. Dates enter only as the calendar
/// quarter (which fixes the study year) and whether a review date is recorded; ages as the fine band
/// (which fixes the age group); siblings capped at 5, as the tables count them. The key is checked, not
/// trusted: <see cref="AtomSpace"/> fails if the atoms do not reproduce every published count.
/// </summary>
public static class AtomKey
{
    /// <summary>The population part: notifications.</summary>
    public const string Notifications = "pop=notification";

    /// <summary>The population part: intensive-sample cases.</summary>
    public const string Intensive = "pop=intensive";

    /// <summary>The filter variables a key carries, by the names <see cref="NotificationFilter.Describe"/> uses.</summary>
    public static IReadOnlyList<string> FilterVariables { get; } = ["study_year", "region", "incident_type", "scr_status"];

    /// <summary>The key of the atom a notification falls in, as the type's summary describes it.</summary>
    public static string Of(in NotificationCodes n)
    {
        var key = new StringBuilder(160);
        key.Append(Notifications)
            .Append(";study_year=").Append(StudyYear.Of(n.IncidentDate).ToString())
            .Append(";region=").Append(Code(n.Region))
            .Append(";incident_type=").Append(Code(n.IncidentType))
            .Append(";scr_status=").Append(Codes<ScrStatus>.Code(n.ScrStatus))
            .Append(";quarter=").Append(CalendarQuarter.Of(n.IncidentDate).ToString())
            .Append(";exclusion=").Append(Code(n.Exclusion))
            .Append(";type=").Append(Code(n.NotificationType))
            .Append(";age=").Append(n.AgeMonths is { } months ? Codes<FineAgeBand>.Code(Age.FineBandOf(months)) : string.Empty)
            .Append(";gender=").Append(Code(n.Gender))
            .Append(";ethnicity=").Append(Code(n.Ethnicity))
            .Append(";siblings=").Append(n.Siblings is { } s ? Whole(Math.Min(s, 5)) : string.Empty)
            .Append(";birth_order=").Append(Code(n.BirthOrder))
            .Append(";plan=").Append(Code(n.ProtectionPlan)).Append('/').Append(Whole(n.ProtectionPlanCategories.Bits))
            .Append(";sibling_plan=").Append(Code(n.SiblingProtectionPlan)).Append('/').Append(Whole(n.SiblingProtectionPlanCategories.Bits))
            .Append(";legal=").Append(Code(n.LegalStatus))
            .Append(";living=").Append(Code(n.LivingSituation))
            .Append(";disability=").Append(Code(n.Disability))
            .Append(";criminal=").Append(Code(n.CriminalProceedings))
            .Append(";harm=").Append(Code(n.HarmType))
            .Append(";head_injury=").Append(n.HeadInjury is { } head ? (head ? "1" : "0") : string.Empty)
            .Append(";death=").Append(Code(n.DeathCategory))
            .Append(";factors=").Append(Whole(n.ParentFactors.Bits)).Append('/').Append(Whole(n.ChildFactors.Bits)).Append('/').Append(Whole(n.CaseFactors.Bits))
            .Append(";review_dates=").Append(n.ScrDecisionDate is null ? '0' : '1').Append(n.ScrCompletedDate is null ? '0' : '1');
        return key.ToString();
    }

    /// <summary>The atom of an intensive-sample case: every coded field but its id (the sample is small).</summary>
    public static string Of(IntensiveCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var key = new StringBuilder(200);
        key.Append(Intensive)
            .Append(";region=").Append(Code(c.Region))
            .Append(";incident_type=").Append(Codes<IncidentType>.Code(c.IncidentType))
            .Append(";age=").Append(c.AgeMonths is { } months ? Codes<AgeGroup>.Code(Age.GroupOf(months)) : string.Empty)
            .Append(";rest=").Append(string.Join(
                '|',
                Code(c.Gender), Whole(c.HouseholdChildren), Flag(c.FrequentMoves), Code(c.DomesticViolence),
                Code(c.MaternalSubstanceMisuse), Code(c.PaternalSubstanceMisuse), Code(c.MaternalMentalHealth), Code(c.PaternalMentalHealth),
                Flag(c.ParentalLearningDisability), Flag(c.CriminalConvictions), Code(c.KnownToCsc), Code(c.ProtectionPlan), Code(c.CourtOrder),
                Code(c.Gestation), Code(c.Birth), Flag(c.Disability), Whole(c.HospitalAdmissions), Whole(c.AeAttendances),
                Flag(c.AudiologyOphthalmologyNeeds), Flag(c.SpeechLanguageNeeds), Code(c.AntenatalAttendance), Code(c.DevelopmentChecks),
                Code(c.GpRegistration), Code(c.InterventionLevel), Code(c.Cooperation)));
        return key.ToString();
    }

    /// <summary>The value of <paramref name="variable"/> in <paramref name="key"/>, or null when the key has no such part.</summary>
    public static string? Part(string key, string variable)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = variable + "=";
        foreach (var part in key.Split(';'))
        {
            if (part.StartsWith(prefix, StringComparison.Ordinal))
            {
                return part[prefix.Length..];
            }
        }

        return null;
    }

    private static string Code<T>(T? value)
        where T : struct, Enum =>
        value is { } v ? Codes<T>.Code(v) : string.Empty;

    private static string Flag(bool? value) => value is { } v ? (v ? "1" : "0") : string.Empty;

    private static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Whole(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
