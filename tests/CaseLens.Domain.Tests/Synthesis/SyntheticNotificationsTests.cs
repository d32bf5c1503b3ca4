using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Domain.Tests.Validation;
using CaseLens.Domain.Validation;

namespace CaseLens.Domain.Tests.Synthesis;

public sealed class SyntheticNotificationsTests
{
    [Fact]
    public void The_same_seed_gives_the_same_rows()
    {
        var first = SyntheticNotifications.Generate(2_000, seed: 42).ToList();
        var second = SyntheticNotifications.Generate(2_000, seed: 42).ToList();

        second.ShouldBe(first);
    }

    [Fact]
    public void Different_seeds_give_different_rows()
    {
        var first = SyntheticNotifications.Generate(200, seed: 1).ToList();
        var second = SyntheticNotifications.Generate(200, seed: 2).ToList();

        first.Zip(second).Count(pair => pair.First == pair.Second).ShouldBeLessThan(5);
    }

    [Fact]
    public void Generates_exactly_the_rows_asked_for_with_unique_ids()
    {
        var rows = SyntheticNotifications.Generate(5_000, seed: 7).ToList();

        rows.Count.ShouldBe(5_000);
        rows.Select(n => n.CaseId).Distinct(StringComparer.Ordinal).Count().ShouldBe(5_000);
        rows[0].CaseId.ShouldBe("S0000001");
        rows[^1].CaseId.ShouldBe("S0005000");
    }

    [Fact]
    public void Rows_are_produced_lazily()
    {
        // A huge request must not be materialised: taking three rows returns at once.
        var rows = SyntheticNotifications.Generate(int.MaxValue, seed: 3).Take(3).ToList();

        rows.Count.ShouldBe(3);
    }

    [Fact]
    public void A_negative_row_count_is_a_bug()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SyntheticNotifications.Generate(-1, seed: 0));
    }

    [Fact]
    public void Every_row_passes_the_validator_and_reads_back_from_its_cells()
    {
        foreach (var notification in SyntheticNotifications.Generate(50_000, seed: 2009))
        {
            NotificationRules.Check(notification, TestDates.Limits).ShouldBeEmpty(notification.CaseId);
            var cells = NotificationCoding.Cells(notification);
            var parsed = NotificationCoding.Parse(column => cells[column], TestDates.Limits);
            parsed.Problems.ShouldBeEmpty(notification.CaseId);
            parsed.Value.ShouldBe(notification);
        }
    }

    [Fact]
    public void Every_row_keeps_the_checks_across_columns()
    {
        foreach (var n in SyntheticNotifications.Generate(20_000, seed: 11))
        {
            n.CaseId.Length.ShouldBeInRange(1, 40);
            (n.NotificationDate ?? n.IncidentDate).ShouldBeGreaterThanOrEqualTo(n.IncidentDate);
            (n.ScrDecisionDate ?? n.IncidentDate).ShouldBeGreaterThanOrEqualTo(n.IncidentDate);
            if (n.ScrCompletedDate is { } completed)
            {
                completed.ShouldBeGreaterThanOrEqualTo(n.ScrDecisionDate ?? n.IncidentDate);
            }

            n.AgeMonths.GetValueOrDefault().ShouldBeInRange(0, 215);
            n.Siblings.GetValueOrDefault().ShouldBeGreaterThanOrEqualTo(0);
            (n.Board?.Length ?? 0).ShouldBeLessThanOrEqualTo(100);
            (n.CaseOutline?.Length ?? 0).ShouldBeLessThanOrEqualTo(20_000);
            if (n.ScrStatus == ScrStatus.Yes)
            {
                n.IncidentType.ShouldNotBeNull();
            }

            if (n.DeathCategory is not null)
            {
                n.IncidentType.ShouldBe(IncidentType.Death);
            }

            if (!n.ProtectionPlanCategories.IsEmpty)
            {
                n.ProtectionPlan.ShouldBeOneOf(ProtectionPlan.Current, ProtectionPlan.Past);
            }

            if (!n.SiblingProtectionPlanCategories.IsEmpty)
            {
                n.SiblingProtectionPlan.ShouldBeOneOf(SiblingProtectionPlan.Current, SiblingProtectionPlan.Past);
            }

            if (n.Siblings is { } siblings)
            {
                (n.BirthOrder is null || (n.BirthOrder == BirthOrder.Only) == (siblings == 0)).ShouldBeTrue(n.CaseId);
                (n.SiblingProtectionPlan is null || (n.SiblingProtectionPlan == SiblingProtectionPlan.NotApplicable) == (siblings == 0))
                    .ShouldBeTrue(n.CaseId);
            }
        }
    }

    [Fact]
    public void The_shape_resembles_the_seed_cohort()
    {
        var rows = SyntheticNotifications.Generate(20_000, seed: 5).ToList();
        var aged = rows.Where(n => n.AgeMonths is not null).ToList();
        var reviews = rows.Count(n => n.ScrStatus == ScrStatus.Yes);
        var deaths = rows.Count(n => n.IncidentType == IncidentType.Death);

        // The seed: 177 of 476 aged children were under one; 200 of 477 rows became reviews; 336 were deaths.
        ((double)aged.Count(n => n.AgeMonths < 12) / aged.Count).ShouldBeInRange(0.32, 0.42);
        ((double)reviews / rows.Count).ShouldBeInRange(0.35, 0.5);
        ((double)deaths / rows.Count).ShouldBeInRange(0.6, 0.78);
        rows.Count(n => n.Exclusion is not null).ShouldBeGreaterThan(0);
        rows.Select(n => n.Region).Distinct().Count().ShouldBe(9);
    }

    [Theory]
    [InlineData(9_999_999, "S0000001")]
    [InlineData(10_000_000, "S00000001")]
    [InlineData(123_456_789, "S000000001")]
    public void Case_ids_have_as_many_digits_as_the_last_needs_so_they_stay_in_ordinal_order(int rows, string first)
    {
        // Rows are made one at a time: the first costs nothing however many are asked for.
        SyntheticNotifications.Generate(rows, seed: 1).First().CaseId.ShouldBe(first);
        string.CompareOrdinal(first[..1] + "1".PadLeft(first.Length - 1, '0'), "S" + rows.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(first.Length - 1, '0'))
            .ShouldBeLessThan(0);
    }
}
