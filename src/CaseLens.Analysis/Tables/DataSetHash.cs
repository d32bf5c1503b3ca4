using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
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
        var text = new StringBuilder(ChunkChars + 1024);
        foreach (var n in SortedById(notifications, n => n.CaseId))
        {
            Canonical(n, text);
            Flush(hash, text, ChunkChars);
        }

        text.Append("--intensive--\n");
        foreach (var c in SortedById(intensiveCases, c => c.CaseId))
        {
            Canonical(c, text);
            Flush(hash, text, ChunkChars);
        }

        Flush(hash, text, 0);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private const int ChunkChars = 64 * 1024;

    private static T[] SortedById<T>(IEnumerable<T> records, Func<T, string> id)
    {
        var items = records.ToArray();
        var keys = Array.ConvertAll(items, r => id(r));
        Array.Sort(keys, items, StringComparer.Ordinal);
        return items;
    }

    /// <summary>Hashes the text gathered so far once it is longer than <paramref name="threshold"/>.</summary>
    private static void Flush(IncrementalHash hash, StringBuilder text, int threshold)
    {
        if (text.Length > threshold)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
            text.Clear();
        }
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

    private static void Date(StringBuilder s, DateOnly? value)
    {
        if (value is { } date)
        {
            s.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}");
        }

        s.Append('|');
    }

    private static void Number(StringBuilder s, int? value)
    {
        if (value is { } number)
        {
            s.Append(CultureInfo.InvariantCulture, $"{number}");
        }

        s.Append('|');
    }

    /// <summary>A multi-valued cell as its codes in declaration order joined by <c>;</c>.</summary>
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

    private static void Flag(StringBuilder s, bool? value) => Field(s, value switch { true => "yes", false => "no", null => string.Empty });

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
