using CaseLens.Domain.Notifications;
using CaseLens.TestKit;
using static CaseLens.Analysis.Tests.Tables.Build;

namespace CaseLens.Analysis.Tests.Tables;

public class ExclusionTests
{
    private static NotificationBuilder[] OneOfEach() =>
    [
        new NotificationBuilder().Aged(3),
        new NotificationBuilder().Aged(3).Excluded(Exclusion.LacAccidentOrNaturalCauses),
        new NotificationBuilder().Aged(3).Excluded(Exclusion.DuplicateReport),
        new NotificationBuilder().Aged(3).Excluded(Exclusion.SiblingReport),
        new NotificationBuilder().Aged(3).Excluded(Exclusion.TestRecord),
        new NotificationBuilder().Aged(3).NotReviewed(),
        new NotificationBuilder().Aged(3).Review(ScrStatus.Undetermined),
    ];

    [Fact]
    public void Tables_of_reviews_count_only_scr_cases_with_no_exclusion()
    {
        var table = Table("T2", OneOfEach());

        table.Column(Period).N.ShouldBe(1);
    }

    [Fact]
    public void TableA0_keeps_looked_after_accidents_but_drops_duplicates_siblings_and_tests()
    {
        var table = Table("A0", OneOfEach().Select(b => b.With(n => n with { NotificationType = NotificationType.LacDeath })).ToArray());

        table.ShouldHaveCounts("yes", ("lac_death", 2));
        table.ShouldHaveCounts("no", ("lac_death", 1));
        table.ShouldHaveCounts("undetermined", ("lac_death", 1));
        table.ShouldHaveCounts("total", ("lac_death", 4));
    }

    [Fact]
    public void TableA1_keeps_looked_after_accidents_too()
    {
        var table = Table("A1", OneOfEach());

        table.ShouldHaveCounts("total", ("2005-Q2", 4));
    }

    [Fact]
    public void TablesA2_to_A5_drop_every_exclusion_and_undetermined_cases()
    {
        foreach (var id in new[] { "A2", "A3", "A4", "A5" })
        {
            var table = Table(id, OneOfEach());

            (table.Column("yes").N + table.NotKnown["yes"]).ShouldBe(1, id);
            (table.Column("no").N + table.NotKnown["no"]).ShouldBe(1, id);
        }
    }

    [Fact]
    public void TableA0_counts_a_missing_notification_type_as_not_known()
    {
        var table = Table("A0", new NotificationBuilder(), new NotificationBuilder().With(n => n with { NotificationType = NotificationType.ScrConfirmed }));

        table.Column("yes").N.ShouldBe(1);
        table.NotKnown["yes"].ShouldBe(1);
        table.NotKnown["total"].ShouldBe(1);
    }
}
