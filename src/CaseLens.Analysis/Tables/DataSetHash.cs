using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// The SHA-256 (lower-case hex) of a canonical text of the case records in scope: each record
/// on its own line, fields in a fixed order written as their interchange codes (invariant
/// culture, ISO dates, text length-prefixed), records sorted by case id (ordinal), notifications
/// before intensive cases. The same records give the same hash whatever their order or source.
/// </summary>
public static class DataSetHash
{
    public static string Of(IEnumerable<Notification> notifications, IEnumerable<IntensiveCase> intensiveCases)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(intensiveCases);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var n in notifications.OrderBy(n => n.CaseId, StringComparer.Ordinal))
        {
            line.Clear();
            Canonical(n, line);
            hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }

        hash.AppendData("--intensive--\n"u8);
        foreach (var c in intensiveCases.OrderBy(c => c.CaseId, StringComparer.Ordinal))
        {
            line.Clear();
            Canonical(c, line);
            hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Canonical(Notification n, StringBuilder s)
    {
        Text(s, n.CaseId);
        Date(s, n.IncidentDate);
        Date(s, n.NotificationDate);
        Code(s, n.Region);
        Text(s, n.Board);
        Code(s, n.NotificationType);
        Code(s, (ScrStatus?)n.ScrStatus);
        Code(s, n.Exclusion);
        Number(s, n.AgeMonths);
        Code(s, n.Gender);
        Code(s, n.Ethnicity);
        Number(s, n.Siblings);
        Flag(s, n.Twin);
        Code(s, n.BirthOrder);
        Code(s, n.ProtectionPlan);
        Field(s, n.ProtectionPlanCategories.ToString());
        Code(s, n.SiblingProtectionPlan);
        Field(s, n.SiblingProtectionPlanCategories.ToString());
        Code(s, n.LegalStatus);
        Code(s, n.LivingSituation);
        Code(s, n.Disability);
        Code(s, n.KnownToCsc);
        Code(s, n.IncidentType);
        Code(s, n.CriminalProceedings);
        Code(s, n.HarmType);
        Flag(s, n.HeadInjury);
        Code(s, n.DeathCategory);
        Field(s, n.ParentFactors.ToString());
        Field(s, n.ChildFactors.ToString());
        Field(s, n.CaseFactors.ToString());
        Date(s, n.ScrDecisionDate);
        Date(s, n.ScrCompletedDate);
        Field(s, n.DelayReasons.ToString());
        Text(s, n.CaseOutline);
        s.Append('\n');
    }

    private static void Canonical(IntensiveCase c, StringBuilder s)
    {
        Text(s, c.CaseId);
        Code(s, (IncidentType?)c.IncidentType);
        Code(s, c.Gender);
        Number(s, c.AgeMonths);
        Code(s, c.Region);
        Number(s, c.HouseholdChildren);
        Flag(s, c.FrequentMoves);
        Code(s, c.DomesticViolence);
        Code(s, c.MaternalSubstanceMisuse);
        Code(s, c.PaternalSubstanceMisuse);
        Code(s, c.MaternalMentalHealth);
        Code(s, c.PaternalMentalHealth);
        Flag(s, c.ParentalLearningDisability);
        Flag(s, c.CriminalConvictions);
        Code(s, c.KnownToCsc);
        Code(s, c.ProtectionPlan);
        Code(s, c.CourtOrder);
        Code(s, c.Gestation);
        Code(s, c.Birth);
        Flag(s, c.Disability);
        Number(s, c.HospitalAdmissions);
        Number(s, c.AeAttendances);
        Flag(s, c.AudiologyOphthalmologyNeeds);
        Flag(s, c.SpeechLanguageNeeds);
        Code(s, c.AntenatalAttendance);
        Code(s, c.DevelopmentChecks);
        Code(s, c.GpRegistration);
        Code(s, c.InterventionLevel);
        Code(s, c.Cooperation);
        s.Append('\n');
    }

    private static void Field(StringBuilder s, string value) => s.Append(value).Append('|');

    /// <summary>Free text is length-prefixed so that no character in it can shift the fields.</summary>
    private static void Text(StringBuilder s, string? value) =>
        Field(s, value is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{value.Length}:{value}"));

    private static void Date(StringBuilder s, DateOnly? value) =>
        Field(s, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);

    private static void Number(StringBuilder s, int? value) =>
        Field(s, value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    private static void Flag(StringBuilder s, bool? value) => Field(s, value switch { true => "yes", false => "no", null => string.Empty });

    private static void Code<T>(StringBuilder s, T? value)
        where T : struct, Enum => Field(s, value is { } v ? Codes<T>.Code(v) : string.Empty);
}
