using System.Reflection;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Notifications;

public class NotificationCodesTests
{
    private static readonly PropertyInfo[] CodedFields = typeof(NotificationCodes).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>A notification with every field known (and none at its type's default).</summary>
    private static Notification Full() =>
        new NotificationBuilder()
            .On(new DateOnly(2006, 2, 3))
            .Aged(14)
            .Died(DeathCategory.C1)
            .Review(ScrStatus.Undetermined)
            .Excluded(Exclusion.LacAccidentOrNaturalCauses)
            .Of(Gender.Male)
            .Of(Ethnicity.Mixed)
            .In(Region.SouthWest)
            .Harmed(HarmType.Neglect, headInjury: false)
            .WithPlan(ProtectionPlan.Past, AbuseCategory.Physical, AbuseCategory.Neglect)
            .Decided(new DateOnly(2006, 3, 1), new DateOnly(2006, 12, 24))
            .With(n => n with
            {
                NotificationDate = new DateOnly(2006, 2, 10),
                Board = "Board",
                NotificationType = NotificationType.ScrPossible,
                Siblings = 3,
                Twin = true,
                BirthOrder = BirthOrder.Youngest,
                SiblingProtectionPlan = SiblingProtectionPlan.Current,
                SiblingProtectionPlanCategories = CodeSet<AbuseCategory>.Of(AbuseCategory.Emotional),
                LegalStatus = LegalStatus.Section20,
                LivingSituation = LivingSituation.Relatives,
                Disability = Disability.Yes,
                KnownToCsc = CscInvolvement.Past,
                CriminalProceedings = CriminalProceedings.Possible,
                ParentFactors = CodeSet<ParentFactor>.Of(Codes<ParentFactor>.All),
                ChildFactors = CodeSet<ChildFactor>.Of(Codes<ChildFactor>.All.Take(1)),
                CaseFactors = CodeSet<CaseFactor>.Of(Codes<CaseFactor>.All.Skip(1)),
                CaseOutline = "outline",
            })
            .Build();

    /// <summary>A notification with every optional field not known.</summary>
    private static Notification Bare() =>
        new Notification { CaseId = "B", IncidentDate = new DateOnly(2005, 4, 1), ScrStatus = ScrStatus.No };

    public static TheoryData<string> FieldNames() => [.. CodedFields.Select(p => p.Name)];

    [Fact]
    public void Every_coded_field_is_a_field_of_the_notification_with_the_same_type()
    {
        foreach (var field in CodedFields)
        {
            var source = typeof(Notification).GetProperty(field.Name);
            source.ShouldNotBeNull(field.Name);
            source.PropertyType.ShouldBe(field.PropertyType, field.Name);
        }
    }

    [Fact]
    public void The_full_example_leaves_no_coded_field_unknown()
    {
        var full = Full();
        foreach (var field in CodedFields)
        {
            var value = typeof(Notification).GetProperty(field.Name)!.GetValue(full);
            value.ShouldNotBeNull(field.Name);
            value.ShouldNotBe(Activator.CreateInstance(field.PropertyType), field.Name);
        }
    }

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void A_known_value_survives_coding(string field) => RoundTrip(Full(), field);

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void A_value_not_known_survives_coding(string field) => RoundTrip(Bare(), field);

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void Every_member_of_a_coded_enum_survives_coding(string field)
    {
        var property = typeof(Notification).GetProperty(field)!;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (!type.IsEnum)
        {
            return;
        }

        foreach (var member in Enum.GetValues(type))
        {
            var notification = Full() with { };
            property.SetValue(notification, member);
            RoundTrip(notification, field);
        }
    }

    [Fact]
    public void Dates_and_numbers_at_their_edges_survive_coding()
    {
        var notification = Bare() with
        {
            IncidentDate = DateOnly.MinValue,
            ScrDecisionDate = DateOnly.MinValue,
            ScrCompletedDate = DateOnly.MaxValue,
            AgeMonths = 0,
            Siblings = 0,
        };

        var codes = NotificationCodes.Of(notification);

        codes.IncidentDate.ShouldBe(DateOnly.MinValue);
        codes.ScrDecisionDate.ShouldBe(DateOnly.MinValue);
        codes.ScrCompletedDate.ShouldBe(DateOnly.MaxValue);
        codes.AgeMonths.ShouldBe(0);
        codes.Siblings.ShouldBe(0);
    }

    [Fact]
    public void The_default_codes_know_nothing_but_the_review_status()
    {
        var codes = new NotificationCodes();

        codes.Gender.ShouldBeNull();
        codes.AgeMonths.ShouldBeNull();
        codes.HeadInjury.ShouldBeNull();
        codes.ScrDecisionDate.ShouldBeNull();
        codes.DeathCategory.ShouldBeNull();
    }

    [Fact]
    public void A_value_that_does_not_fit_a_byte_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => NotificationCodes.Of(Bare() with { Gender = (Gender)300 }));

    [Fact]
    public void Codes_hold_no_references_and_stay_small()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<NotificationCodes>().ShouldBeFalse();
        System.Runtime.CompilerServices.Unsafe.SizeOf<NotificationCodes>().ShouldBeLessThanOrEqualTo(96);
    }

    private static void RoundTrip(Notification notification, string field)
    {
        var expected = typeof(Notification).GetProperty(field)!.GetValue(notification);
        var actual = typeof(NotificationCodes).GetProperty(field)!.GetValue(NotificationCodes.Of(notification));
        actual.ShouldBe(expected, field);
    }
}
