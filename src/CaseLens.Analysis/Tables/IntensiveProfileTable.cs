using CaseLens.Analysis.Reports;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Appendix 2: child and family characteristics of the intensive sample. Each row counts the
/// cases with the characteristic; every percent is of all cases of the sample (an unknown value
/// simply does not count).
/// </summary>
internal static class IntensiveProfileTable
{
    public const string CountColumn = "count";
    public const string PercentColumn = "percent";

    private static readonly (string Key, string Label, Func<IntensiveCase, bool> Has)[] Characteristics = Define();

    public static ReportTable Build(IReadOnlyList<IntensiveCase> cases)
    {
        var n = cases.Count;
        var rows = Characteristics.Select(ch =>
        {
            var count = cases.Count(ch.Has);
            return new ReportRow(ch.Key, ch.Label, new Dictionary<string, Cell>(StringComparer.Ordinal)
            {
                [CountColumn] = new() { Count = count },
                [PercentColumn] = new() { Percent = Percent.Of(count, n) },
            });
        }).ToArray();
        return new ReportTable
        {
            Id = "AP2",
            Title = "Child and family characteristics of intensive sample",
            Kind = TableKind.Profile,
            Columns = [new ReportColumn(CountColumn, "Intensive sample", n), new ReportColumn(PercentColumn, "Percent", n)],
            Rows = rows,
        };
    }

    private static (string, string, Func<IntensiveCase, bool>)[] Define()
    {
        var list = new List<(string, string, Func<IntensiveCase, bool>)>();
        foreach (var type in Codes<IncidentType>.All)
        {
            list.Add((Codes<IncidentType>.Code(type), Codes<IncidentType>.Label(type), c => c.IncidentType == type));
        }

        foreach (var gender in (Gender[])[Gender.Male, Gender.Female])
        {
            list.Add((Codes<Gender>.Code(gender), Codes<Gender>.Label(gender), c => c.Gender == gender));
        }

        foreach (var group in Codes<AgeGroup>.All)
        {
            list.Add((Codes<AgeGroup>.Code(group), $"Age {Codes<AgeGroup>.Label(group)}", c => c.AgeMonths is { } m && Age.GroupOf(m) == group));
        }

        list.AddRange(
        [
            ("premature", "Prematurity", c => c.Gestation == Gestation.Premature),
            ("birth_problems", "Known problems or vulnerability at birth", c => c.Birth is { } b && b != BirthCircumstance.NoProblems),
            ("disability", "Known disability", c => c.Disability == true),
            ("ae_attendance", "Known A & E attendances", c => c.AeAttendances > 0),
            ("hospital_admission", "Known hospital admissions", c => c.HospitalAdmissions > 0),
            ("audiology_ophthalmology", "Known audiology, ophthalmology needs", c => c.AudiologyOphthalmologyNeeds == true),
            ("speech_language", "Known speech and language therapy needs", c => c.SpeechLanguageNeeds == true),
            ("single_child", "Single child", c => c.HouseholdChildren == 1),
            ("2_children", "2 child household", c => c.HouseholdChildren == 2),
            ("3_children", "3 child household", c => c.HouseholdChildren == 3),
            ("4_plus_children", "4 or more children in household", c => c.HouseholdChildren >= 4),
            ("frequent_moves", "Frequent house moves", c => c.FrequentMoves == true),
            ("dv_current", "Domestic violence - current", c => c.DomesticViolence is DomesticViolenceHistory.Current or DomesticViolenceHistory.CurrentAndPast),
            ("dv_past", "Domestic violence - past", c => c.DomesticViolence is DomesticViolenceHistory.Past or DomesticViolenceHistory.CurrentAndPast),
            ("dv_any", "Domestic violence - current and / or past", DomesticViolence),
            ("maternal_substance_current", "Maternal substance misuse - current", c => c.MaternalSubstanceMisuse == ParentalDifficulty.Current),
            ("maternal_substance_past_only", "Maternal substance misuse - past only", c => c.MaternalSubstanceMisuse == ParentalDifficulty.PastOnly),
            ("paternal_substance_current", "Paternal substance misuse - current", c => c.PaternalSubstanceMisuse == ParentalDifficulty.Current),
            ("paternal_substance_past_only", "Paternal substance misuse - past only", c => c.PaternalSubstanceMisuse == ParentalDifficulty.PastOnly),
            ("substance_either", "Either parent, current or past substance misuse", SubstanceMisuse),
            ("maternal_mh_current", "Maternal mental health problems - current", c => c.MaternalMentalHealth == ParentalDifficulty.Current),
            ("maternal_mh_past_only", "Maternal mental health problems - past only", c => c.MaternalMentalHealth == ParentalDifficulty.PastOnly),
            ("paternal_mh_current", "Paternal mental health problems - current", c => c.PaternalMentalHealth == ParentalDifficulty.Current),
            ("paternal_mh_past_only", "Paternal mental health problems - past only", c => c.PaternalMentalHealth == ParentalDifficulty.PastOnly),
            ("mh_either", "Either parent, current or past mental health problems", MentalHealth),
            ("learning_disability", "Learning disability", c => c.ParentalLearningDisability == true),
            ("criminal_convictions", "Criminal conviction(s)", c => c.CriminalConvictions == true),
            ("toxic_trio_any", "Domestic violence, parental mental ill health or substance misuse", c => DomesticViolence(c) || SubstanceMisuse(c) || MentalHealth(c)),
        ]);
        return [.. list];
    }

    private static bool DomesticViolence(IntensiveCase c) =>
        c.DomesticViolence is DomesticViolenceHistory.Current or DomesticViolenceHistory.Past or DomesticViolenceHistory.CurrentAndPast;

    private static bool SubstanceMisuse(IntensiveCase c) =>
        IsCurrentOrPast(c.MaternalSubstanceMisuse) || IsCurrentOrPast(c.PaternalSubstanceMisuse);

    private static bool MentalHealth(IntensiveCase c) =>
        IsCurrentOrPast(c.MaternalMentalHealth) || IsCurrentOrPast(c.PaternalMentalHealth);

    private static bool IsCurrentOrPast(ParentalDifficulty? difficulty) =>
        difficulty is ParentalDifficulty.Current or ParentalDifficulty.PastOnly;
}
