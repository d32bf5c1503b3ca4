using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Domain.Tests.Notifications;

public class NotificationFilterTests
{
    private static readonly Notification Reviewed =
        new NotificationBuilder().On(new DateOnly(2006, 3, 31)).In(Region.London).Died().Review(ScrStatus.Yes)
            .With(n => n with { Board = "Camden" });

    [Fact]
    public void Empty_filter_lets_every_case_through()
    {
        NotificationFilter.None.IsEmpty.ShouldBeTrue();
        NotificationFilter.None.Matches(Reviewed).ShouldBeTrue();
        NotificationFilter.None.Matches(new IntensiveCaseBuilder().Build()).ShouldBeTrue();
        NotificationFilter.None.Describe().ShouldBeEmpty();
    }

    [Fact]
    public void Study_year_and_dates_include_both_ends()
    {
        new NotificationFilter { StudyYear = new StudyYear(2005) }.Matches(Reviewed).ShouldBeTrue();
        new NotificationFilter { StudyYear = new StudyYear(2006) }.Matches(Reviewed).ShouldBeFalse();
        new NotificationFilter { From = new DateOnly(2006, 3, 31), To = new DateOnly(2006, 3, 31) }.Matches(Reviewed).ShouldBeTrue();
        new NotificationFilter { From = new DateOnly(2006, 4, 1) }.Matches(Reviewed).ShouldBeFalse();
    }

    [Fact]
    public void Board_is_compared_exactly()
    {
        new NotificationFilter { Board = "Camden" }.Matches(Reviewed).ShouldBeTrue();
        new NotificationFilter { Board = "camden" }.Matches(Reviewed).ShouldBeFalse();
    }

    [Fact]
    public void Scr_status_filters_notifications_but_not_intensive_cases()
    {
        var filter = new NotificationFilter { ScrStatus = ScrStatus.No };

        filter.Matches(Reviewed).ShouldBeFalse();
        filter.Matches(Reviewed with { ScrStatus = ScrStatus.No }).ShouldBeTrue();
        filter.Matches(new IntensiveCaseBuilder().Build()).ShouldBeTrue();
    }

    [Fact]
    public void Intensive_cases_are_filtered_on_region_and_incident_type()
    {
        var filter = new NotificationFilter { Region = Region.London, IncidentType = IncidentType.Death };

        filter.Matches(new IntensiveCaseBuilder().In(Region.London).Died().Build()).ShouldBeTrue();
        filter.Matches(new IntensiveCaseBuilder().In(Region.London).Injured().Build()).ShouldBeFalse();
        filter.Matches(new IntensiveCaseBuilder().Died().Build() with { Region = null }).ShouldBeFalse();
    }

    [Fact]
    public void Describe_names_each_criterion_set_by_its_code()
    {
        var filter = new NotificationFilter
        {
            StudyYear = new StudyYear(2005),
            To = new DateOnly(2006, 1, 2),
            Board = "Camden",
            ScrStatus = ScrStatus.Yes,
        };

        filter.Describe().ShouldBe(new Dictionary<string, string>
        {
            ["board"] = "Camden",
            ["scr_status"] = "yes",
            ["study_year"] = "2005-06",
            ["to"] = "2006-01-02",
        });
    }
}
