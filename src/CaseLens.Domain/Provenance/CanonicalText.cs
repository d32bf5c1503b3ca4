using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Domain.Provenance;

/// <summary>
/// The canonical line of a case record, from which the data set hash is made: every field in the
/// order of the interchange format, each followed by <c>|</c>, the line ended by <c>\n</c>. Codes are
/// their interchange codes, code sets their codes in declaration order joined by <c>;</c>, dates
/// <c>yyyy-MM-dd</c>, numbers invariant digits, flags <c>yes</c>/<c>no</c>; a value not known is
/// empty. Free text is written <c>length:text</c> (length in UTF-16 code units) or <c>-</c> when
/// absent, so that no character in it can shift the fields.
/// </summary>
public static class CanonicalText
{
    /// <summary>Appends the canonical line of <paramref name="n"/>.</summary>
    public static void AppendLine(Notification n, StringBuilder s)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(s);
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
        Set(s, n.ProtectionPlanCategories);
        Code(s, n.SiblingProtectionPlan);
        Set(s, n.SiblingProtectionPlanCategories);
        Code(s, n.LegalStatus);
        Code(s, n.LivingSituation);
        Code(s, n.Disability);
        Code(s, n.KnownToCsc);
        Code(s, n.IncidentType);
        Code(s, n.CriminalProceedings);
        Code(s, n.HarmType);
        Flag(s, n.HeadInjury);
        Code(s, n.DeathCategory);
        Set(s, n.ParentFactors);
        Set(s, n.ChildFactors);
        Set(s, n.CaseFactors);
        Date(s, n.ScrDecisionDate);
        Date(s, n.ScrCompletedDate);
        Set(s, n.DelayReasons);
        Text(s, n.CaseOutline);
        s.Append('\n');
    }

    /// <summary>Appends the canonical line of <paramref name="c"/>.</summary>
    public static void AppendLine(IntensiveCase c, StringBuilder s)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(s);
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

        // The health markers came after data sets had been hashed and released: a case with none
        // coded keeps the line, and so the hash, it had; one with any gets them all after a marker.
        if (HasHealthMarkers(c))
        {
            s.Append(HealthMarkersMark).Append('|');
            Set(s, c.HealthNeeds);
            Code(s, c.AdmissionsRecent);
            Code(s, c.AdmissionsEarlier);
            Code(s, c.AeRecent);
            Code(s, c.AeEarlier);
            Code(s, c.FamilyGpRegistration);
            Code(s, c.SpecialistAppointments);
            Set(s, c.UrgentCare);
            Code(s, c.HvContactChild);
            Code(s, c.HvContactOtherChild);
            Code(s, c.MidwifeContactChild);
            Code(s, c.MidwifeContactOtherChild);
            Code(s, c.SchoolNurse);
            Code(s, c.CommunityPaediatrician);
            Code(s, c.Salt);
            Code(s, c.Camhs);
            Code(s, c.Dat);
            Code(s, c.OtherSpecialist);
            Code(s, c.MotherMentalHealthCareAtIncident);
            Code(s, c.MotherMentalHealthCareHistory);
            Code(s, c.MotherPrimaryCareAtIncident);
            Code(s, c.MotherPrimaryCareHistory);
            Code(s, c.MotherSubstanceMisuseServicesAtIncident);
            Code(s, c.MotherSubstanceMisuseServicesHistory);
            Code(s, c.MotherOtherHealthServicesAtIncident);
            Code(s, c.MotherOtherHealthServicesHistory);
            Code(s, c.FatherMentalHealthCareAtIncident);
            Code(s, c.FatherMentalHealthCareHistory);
            Code(s, c.FatherPrimaryCareAtIncident);
            Code(s, c.FatherPrimaryCareHistory);
            Code(s, c.FatherSubstanceMisuseServicesAtIncident);
            Code(s, c.FatherSubstanceMisuseServicesHistory);
            Code(s, c.FatherOtherHealthServicesAtIncident);
            Code(s, c.FatherOtherHealthServicesHistory);
        }

        s.Append('\n');
    }

    /// <summary>The field before an intensive case's health markers, written only when any is coded.</summary>
    public const string HealthMarkersMark = "health_markers";

    private static bool HasHealthMarkers(IntensiveCase c) =>
        !c.HealthNeeds.IsEmpty
        || c.AdmissionsRecent is not null
        || c.AdmissionsEarlier is not null
        || c.AeRecent is not null
        || c.AeEarlier is not null
        || c.FamilyGpRegistration is not null
        || c.SpecialistAppointments is not null
        || !c.UrgentCare.IsEmpty
        || c.HvContactChild is not null
        || c.HvContactOtherChild is not null
        || c.MidwifeContactChild is not null
        || c.MidwifeContactOtherChild is not null
        || c.SchoolNurse is not null
        || c.CommunityPaediatrician is not null
        || c.Salt is not null
        || c.Camhs is not null
        || c.Dat is not null
        || c.OtherSpecialist is not null
        || c.MotherMentalHealthCareAtIncident is not null
        || c.MotherMentalHealthCareHistory is not null
        || c.MotherPrimaryCareAtIncident is not null
        || c.MotherPrimaryCareHistory is not null
        || c.MotherSubstanceMisuseServicesAtIncident is not null
        || c.MotherSubstanceMisuseServicesHistory is not null
        || c.MotherOtherHealthServicesAtIncident is not null
        || c.MotherOtherHealthServicesHistory is not null
        || c.FatherMentalHealthCareAtIncident is not null
        || c.FatherMentalHealthCareHistory is not null
        || c.FatherPrimaryCareAtIncident is not null
        || c.FatherPrimaryCareHistory is not null
        || c.FatherSubstanceMisuseServicesAtIncident is not null
        || c.FatherSubstanceMisuseServicesHistory is not null
        || c.FatherOtherHealthServicesAtIncident is not null
        || c.FatherOtherHealthServicesHistory is not null;

    /// <summary>The text written for an absent free-text field.</summary>
    public const string NoText = "-";

    /// <summary>The flag words.</summary>
    public const string Yes = "yes";

    /// <inheritdoc cref="Yes"/>
    public const string No = "no";

    private static void Text(StringBuilder s, string? value)
    {
        if (value is null)
        {
            s.Append(NoText);
        }
        else
        {
            Invariant(s, value.Length);
            s.Append(':').Append(value);
        }

        s.Append('|');
    }

    // yyyy-MM-dd written digit by digit: formatting through a pattern costs more than the rest of the line.
    private static void Date(StringBuilder s, DateOnly? value)
    {
        if (value is { } date)
        {
            Span<char> text = stackalloc char[10];
            Digits(text[..4], date.Year);
            text[4] = '-';
            Digits(text.Slice(5, 2), date.Month);
            text[7] = '-';
            Digits(text.Slice(8, 2), date.Day);
            s.Append(text);
        }

        s.Append('|');
    }

    /// <summary>Writes <paramref name="value"/> (not negative) as exactly as many digits as <paramref name="into"/> holds, with leading zeros.</summary>
    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void Number(StringBuilder s, int? value)
    {
        if (value is { } number)
        {
            Invariant(s, number);
        }

        s.Append('|');
    }

    private static void Invariant(StringBuilder s, int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        s.Append(digits[..written]);
    }

    private static void Set<T>(StringBuilder s, CodeSet<T> set)
        where T : struct, Enum
    {
        var first = true;
        for (var bits = set.Bits; bits != 0; bits &= bits - 1)
        {
            if (!first)
            {
                s.Append(';');
            }

            s.Append(CodeList<T>.ByOrdinal[BitOperations.TrailingZeroCount(bits)]);
            first = false;
        }

        s.Append('|');
    }

    private static void Flag(StringBuilder s, bool? value) => s.Append(value switch { true => Yes, false => No, null => string.Empty }).Append('|');

    private static void Code<T>(StringBuilder s, T? value)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            s.Append(CodeList<T>.Of(v));
        }

        s.Append('|');
    }

    /// <summary>The codes of <typeparamref name="T"/> by ordinal, looked up once.</summary>
    private static class CodeList<T>
        where T : struct, Enum
    {
        public static readonly string[] ByOrdinal = [.. Codes<T>.All.Select(Codes<T>.Code)];

        /// <summary>Whether every member's value is its ordinal, so a value indexes <see cref="ByOrdinal"/> directly.</summary>
        private static readonly bool ValueIsOrdinal = Unsafe.SizeOf<T>() == sizeof(int)
            && Codes<T>.All.Select((v, i) => (v, i)).All(p => Unsafe.As<T, int>(ref Unsafe.AsRef(in p.v)) == p.i);

        public static string Of(T value)
        {
            if (ValueIsOrdinal)
            {
                var index = Unsafe.As<T, int>(ref value);
                if ((uint)index < (uint)ByOrdinal.Length)
                {
                    return ByOrdinal[index];
                }
            }

            return Codes<T>.Code(value);
        }
    }
}
