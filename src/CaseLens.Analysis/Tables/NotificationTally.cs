using System.Numerics;
using System.Runtime.CompilerServices;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;

namespace CaseLens.Analysis.Tables;

/// <summary>
/// Every count the notification tables need, gathered in one pass over the coded cases in scope. Counts are
/// indexed by enum value (declaration order); the extra last slot of an array counts "not known".
/// Two-way counts are flat arrays indexed <c>outer * width + inner</c>. Tallies of parts of a data set
/// (the chunks of a file counted on several threads) add up to the tally of the whole (<see cref="Add(NotificationTally)"/>).
/// </summary>
internal sealed partial class NotificationTally
{
    /// <summary>Age groups plus one slot for age not known.</summary>
    public const int AgeSlots = 6;

    public const int UnknownAge = 5;

    /// <summary>The counts of each calendar month met so far, from month number <see cref="_firstMonth"/> on.</summary>
    private Month?[] _months = [];
    private int _firstMonth;

    /// <summary>The earliest and latest incident day (<see cref="DateOnly.DayNumber"/>) of every case added, counted or not.</summary>
    private int _firstDay = int.MaxValue;
    private int _lastDay = int.MinValue;

    public int ScrCases { get; private set; }

    /// <summary>SCR cases by study year (start year) and age slot.</summary>
    public Dictionary<int, int[]> StudyYears { get; } = [];

    public int[] Age { get; } = new int[AgeSlots];

    public int[] FineBand { get; } = new int[10];

    /// <summary>Gender (2 = not known) × age slot.</summary>
    public int[] GenderAge { get; } = new int[3 * AgeSlots];

    public int[] Ethnicity { get; } = new int[6];

    /// <summary>0, 1, 2, 3, 4, 5 or more, not known.</summary>
    public int[] Siblings { get; } = new int[7];

    public int[] BirthOrder { get; } = new int[6];

    public int[] Plan { get; } = new int[5];

    public int[] PlanCategories { get; } = new int[4];

    public int PlanBase { get; private set; }

    public int PlanWithCategory { get; private set; }

    public int[] SiblingPlan { get; } = new int[6];

    public int[] SiblingPlanCategories { get; } = new int[4];

    public int SiblingPlanBase { get; private set; }

    public int SiblingPlanWithCategory { get; private set; }

    public int[] Legal { get; } = new int[6];

    public int[] Living { get; } = new int[8];

    public int[] Disability { get; } = new int[4];

    /// <summary>Incident type (2 = not known) × age slot.</summary>
    public int[] IncidentAge { get; } = new int[3 * AgeSlots];

    public int[] Criminal { get; } = new int[4];

    public int[] Harm { get; } = new int[10];

    public int HeadInjuryUnder1 { get; private set; }

    /// <summary>SCR deaths by category; the last slot counts deaths without one.</summary>
    public int[] DeathCategory { get; } = new int[13];

    /// <summary>SCR deaths of category E or E1 whose harm type is suicide.</summary>
    public int DeathSuicide { get; private set; }

    /// <summary>SCR deaths with a category: death group (<see cref="DeathGroups.All"/>) × age slot (Figure 7).</summary>
    public int[] DeathGroupAge { get; } = new int[DeathGroups.All.Length * AgeSlots];

    public int[] ParentFactors { get; } = new int[7];

    public int[] ChildFactors { get; } = new int[4];

    public int[] CaseFactors { get; } = new int[6];

    public int WithAnyFactor { get; private set; }

    /// <summary>Days from incident to review decision, by incident type (2 = not known).</summary>
    public DayCounts[] DecisionDays { get; } = [new(), new(), new()];

    /// <summary>Days from review decision to completion, by incident type (2 = not known).</summary>
    public DayCounts[] CompletionDays { get; } = [new(), new(), new()];

    /// <summary>How many cases were added, counted in the tables or not.</summary>
    public int Cases { get; private set; }

    /// <summary>The dates of the earliest and latest incident of the cases added; null when none was.</summary>
    public (DateOnly First, DateOnly Last)? IncidentSpan =>
        Cases == 0 ? null : (DateOnly.FromDayNumber(_firstDay), DateOnly.FromDayNumber(_lastDay));

    /// <summary>A0: notification type (4 = not known) × SCR status.</summary>
    public int[] Flow { get; } = new int[5 * 3];

    /// <summary>A1: notifications by quarter and SCR status.</summary>
    public Dictionary<CalendarQuarter, int[]> Quarters { get; } = [];

    /// <summary>A2: status (0 no, 1 yes) × age slot.</summary>
    public int[] CompareAge { get; } = new int[2 * AgeSlots];

    /// <summary>A3: status × gender (2 = not known).</summary>
    public int[] CompareGender { get; } = new int[2 * 3];

    /// <summary>A4: status × incident type (2 = not known).</summary>
    public int[] CompareIncident { get; } = new int[2 * 3];

    /// <summary>A5: status × ethnicity (5 = not known).</summary>
    public int[] CompareEthnicity { get; } = new int[2 * 6];

    /// <summary>Counts <paramref name="cases"/>, which are all in the report's scope.</summary>
    // Runs once per case over a million: compiled fully optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NotificationTally Of(ReadOnlySpan<NotificationCodes> cases)
    {
        var tally = new NotificationTally();
        foreach (ref readonly var c in cases)
        {
            tally.Add(in c);
        }

        return tally;
    }

    /// <summary>Counts one case of the report's scope.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ref readonly NotificationCodes n)
    {
        Cases++;
        var day = n.IncidentDate.DayNumber;
        _firstDay = Math.Min(_firstDay, day);
        _lastDay = Math.Max(_lastDay, day);
        var (exclusion, status) = (n.Exclusion, n.ScrStatus);
        if (!TableBases.IsCounted(exclusion))
        {
            return;
        }

        var date = n.IncidentDate;
        var month = MonthOf(date);
        AddToFlow(in n, month);
        if (TableBases.IsInReviewComparison(status, exclusion))
        {
            AddToComparison(in n, status == ScrStatus.Yes ? 1 : 0);
        }

        if (TableBases.IsScrCase(status, exclusion))
        {
            AddScrCase(in n, date, month);
        }
    }

    /// <summary>Adds every count of <paramref name="other"/>, a tally of other cases of the same scope.</summary>
    public void Add(NotificationTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (mine, theirs) in Counts().Zip(other.Counts()))
        {
            Sum(mine, theirs);
        }

        foreach (var (year, counts) in other.StudyYears)
        {
            Sum(StudyYearCounts(year), counts);
        }

        foreach (var (quarter, counts) in other.Quarters)
        {
            Sum(QuarterCounts(quarter), counts);
        }

        for (var type = 0; type < DecisionDays.Length; type++)
        {
            DecisionDays[type].Add(other.DecisionDays[type]);
            CompletionDays[type].Add(other.CompletionDays[type]);
        }

        Cases += other.Cases;
        ScrCases += other.ScrCases;
        PlanBase += other.PlanBase;
        PlanWithCategory += other.PlanWithCategory;
        SiblingPlanBase += other.SiblingPlanBase;
        SiblingPlanWithCategory += other.SiblingPlanWithCategory;
        HeadInjuryUnder1 += other.HeadInjuryUnder1;
        DeathSuicide += other.DeathSuicide;
        WithAnyFactor += other.WithAnyFactor;
        _firstDay = Math.Min(_firstDay, other._firstDay);
        _lastDay = Math.Max(_lastDay, other._lastDay);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddToFlow(ref readonly NotificationCodes n, Month month)
    {
        var status = (int)n.ScrStatus;
        Flow[(n.NotificationType is { } type ? (int)type : 4) * 3 + status]++;
        month.Quarter[status]++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddToComparison(ref readonly NotificationCodes n, int status)
    {
        CompareAge[status * AgeSlots + AgeSlot(n.AgeMonths)]++;
        CompareGender[status * 3 + (n.Gender is { } gender ? (int)gender : 2)]++;
        CompareIncident[status * 3 + (n.IncidentType is { } type ? (int)type : 2)]++;
        CompareEthnicity[status * 6 + (n.Ethnicity is { } ethnicity ? (int)ethnicity : 5)]++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddScrCase(ref readonly NotificationCodes n, DateOnly date, Month month)
    {
        ScrCases++;
        var age = AgeSlot(n.AgeMonths);
        Age[age]++;
        (month.StudyYearCounts ??= StudyYearCounts(month.StudyYear))[age]++;
        FineBand[n.AgeMonths is { } months ? (int)Domain.Grouping.Age.FineBandOf(months) : 9]++;
        GenderAge[(n.Gender is { } gender ? (int)gender : 2) * AgeSlots + age]++;
        Ethnicity[n.Ethnicity is { } ethnicity ? (int)ethnicity : 5]++;
        Siblings[n.Siblings is { } siblings ? Math.Min(siblings, 5) : 6]++;
        BirthOrder[n.BirthOrder is { } order ? (int)order : 5]++;
        AddPlans(in n);
        Legal[n.LegalStatus is { } legal ? (int)legal : 5]++;
        Living[n.LivingSituation is { } living ? (int)living : 7]++;
        Disability[n.Disability is { } disability ? (int)disability : 3]++;
        var incident = n.IncidentType is { } type ? (int)type : 2;
        IncidentAge[incident * AgeSlots + age]++;
        Criminal[n.CriminalProceedings is { } criminal ? (int)criminal : 3]++;
        Harm[n.HarmType is { } harm ? (int)harm : 9]++;
        if (n.HarmType == HarmType.PhysicalAssault && n.HeadInjury == true && age == (int)AgeGroup.Under1)
        {
            HeadInjuryUnder1++;
        }

        if (n.IncidentType == IncidentType.Death)
        {
            AddDeath(in n, age);
        }

        AddFactors(in n);
        if (n.ScrDecisionDate is { } decision)
        {
            DecisionDays[incident].Add(decision.DayNumber - date.DayNumber);
            if (n.ScrCompletedDate is { } completed)
            {
                CompletionDays[incident].Add(completed.DayNumber - decision.DayNumber);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPlans(ref readonly NotificationCodes n)
    {
        Plan[n.ProtectionPlan is { } plan ? (int)plan : 4]++;
        if (n.ProtectionPlan is ProtectionPlan.Current or ProtectionPlan.Past)
        {
            PlanBase++;
            if (Count(PlanCategories, n.ProtectionPlanCategories.Bits))
            {
                PlanWithCategory++;
            }
        }

        SiblingPlan[n.SiblingProtectionPlan is { } siblingPlan ? (int)siblingPlan : 5]++;
        if (n.SiblingProtectionPlan is SiblingProtectionPlan.Current or SiblingProtectionPlan.Past)
        {
            SiblingPlanBase++;
            if (Count(SiblingPlanCategories, n.SiblingProtectionPlanCategories.Bits))
            {
                SiblingPlanWithCategory++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddDeath(ref readonly NotificationCodes n, int age)
    {
        if (n.DeathCategory is not { } category)
        {
            DeathCategory[12]++;
            return;
        }

        DeathCategory[(int)category]++;
        if (DeathGroups.IsSuicide(category, n.HarmType))
        {
            DeathSuicide++;
        }

        DeathGroupAge[DeathGroups.IndexOf(category, n.HarmType) * AgeSlots + age]++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddFactors(ref readonly NotificationCodes n)
    {
        var any = Count(ParentFactors, n.ParentFactors.Bits);
        any |= Count(ChildFactors, n.ChildFactors.Bits);
        any |= Count(CaseFactors, n.CaseFactors.Bits);
        if (any)
        {
            WithAnyFactor++;
        }
    }

    /// <summary>The counts of the month of <paramref name="date"/>, looked up by index rather than by hashing the date each time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Month MonthOf(DateOnly date)
    {
        date.Deconstruct(out var year, out var month, out _);
        var number = (year * 12) + month - 1;
        var offset = number - _firstMonth;
        if ((uint)offset >= (uint)_months.Length)
        {
            offset = Widen(number);
        }

        return _months[offset] ??= NewMonth(new DateOnly(year, month, 1));
    }

    /// <summary>Makes room for month <paramref name="number"/> (and a year either side) and returns its offset.</summary>
    private int Widen(int number)
    {
        var first = number - 12;
        var last = number + 12;
        if (_months.Length > 0)
        {
            first = Math.Min(first, _firstMonth);
            last = Math.Max(last, _firstMonth + _months.Length - 1);
        }

        var months = new Month?[last - first + 1];
        if (_months.Length > 0)
        {
            _months.CopyTo(months, _firstMonth - first);
        }

        _months = months;
        _firstMonth = first;
        return number - first;
    }

    private static void Sum(int[] into, int[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }

    /// <summary>Every fixed-size count array, in one order, for adding tallies up.</summary>
    private IEnumerable<int[]> Counts() =>
    [
        Age, FineBand, GenderAge, Ethnicity, Siblings, BirthOrder, Plan, PlanCategories, SiblingPlan, SiblingPlanCategories,
        Legal, Living, Disability, IncidentAge, Criminal, Harm, DeathCategory, DeathGroupAge, ParentFactors, ChildFactors,
        CaseFactors, Flow, CompareAge, CompareGender, CompareIncident, CompareEthnicity,
    ];

    private Month NewMonth(DateOnly firstDay) =>
        new(QuarterCounts(CalendarQuarter.Of(firstDay)), StudyYear.Of(firstDay).StartYear);

    private int[] QuarterCounts(CalendarQuarter quarter)
    {
        if (!Quarters.TryGetValue(quarter, out var counts))
        {
            counts = new int[3];
            Quarters.Add(quarter, counts);
        }

        return counts;
    }

    private int[] StudyYearCounts(int startYear)
    {
        if (!StudyYears.TryGetValue(startYear, out var counts))
        {
            counts = new int[AgeSlots];
            StudyYears.Add(startYear, counts);
        }

        return counts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AgeSlot(int? months) => months is { } m ? (int)Domain.Grouping.Age.GroupOf(m) : UnknownAge;

    /// <summary>Counts each code of a set (bit i = i-th declared code); true when the set has any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Count(int[] counts, ulong bits)
    {
        var any = bits != 0;
        for (; bits != 0; bits &= bits - 1)
        {
            counts[BitOperations.TrailingZeroCount(bits)]++;
        }

        return any;
    }

    /// <summary>
    /// The counts one calendar month's incidents go to: its quarter's (A1) and, once the month has
    /// an SCR case, its study year's (T1).
    /// </summary>
    private sealed class Month(int[] quarter, int studyYear)
    {
        public int[] Quarter { get; } = quarter;

        public int StudyYear { get; } = studyYear;

        public int[]? StudyYearCounts { get; set; }
    }
}
