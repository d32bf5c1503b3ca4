using CaseLens.Domain.Notifications;
using CaseLens.Reporting.Charts;
using CaseLens.TestKit;

namespace CaseLens.Reporting.Tests.Charts;

public class DeathAgeProfileTableTests
{
    [Fact]
    public void Deaths_count_under_their_letter_by_age_group()
    {
        var table = DeathAgeProfileTable.From(
        [
            new NotificationBuilder().Died(DeathCategory.B).Aged(3),
            new NotificationBuilder().Died(DeathCategory.B1).Aged(5),
            new NotificationBuilder().Died(DeathCategory.D).Aged(100),
        ]);

        table.Rows.Single(r => r.Key == "B").Cells["under_1"].Count.ShouldBe(2);
        table.Rows.Single(r => r.Key == "D").Cells["6_10"].Count.ShouldBe(1);
        table.Rows.Sum(r => r.Cells.Values.Sum(c => c.Count!.Value)).ShouldBe(3);
    }

    [Fact]
    public void Suicide_is_category_E_or_E1_with_harm_type_suicide()
    {
        var table = DeathAgeProfileTable.From(
        [
            new NotificationBuilder().Died(DeathCategory.E1).Aged(190).Harmed(HarmType.Suicide),
            new NotificationBuilder().Died(DeathCategory.E).Aged(30).Harmed(HarmType.Neglect),
        ]);

        table.Rows.Single(r => r.Key == "suicide").Cells["11_15"].Count.ShouldBe(1);
        table.Rows.Single(r => r.Key == "E").Cells["1_5"].Count.ShouldBe(1);
        table.Rows.Single(r => r.Key == "E").Cells["11_15"].Count.ShouldBe(0);
    }

    [Fact]
    public void Only_reviewed_deaths_with_a_category_count_and_unknown_ages_are_noted()
    {
        var table = DeathAgeProfileTable.From(
        [
            new NotificationBuilder().Died(DeathCategory.A).Aged(2).NotReviewed(),
            new NotificationBuilder().Died(DeathCategory.A).Aged(2).Excluded(Exclusion.DuplicateReport),
            new NotificationBuilder().Died().Aged(2),
            new NotificationBuilder().Injured().Aged(2),
            new NotificationBuilder().Died(DeathCategory.A),
        ]);

        table.Rows.Sum(r => r.Cells.Values.Sum(c => c.Count!.Value)).ShouldBe(0);
        table.Notes["age_not_known"].ShouldBe(1);
    }
}
