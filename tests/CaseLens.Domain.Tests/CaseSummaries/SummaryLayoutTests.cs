using CaseLens.Domain.CaseSummaries;
using CaseLens.Domain.Coding;

namespace CaseLens.Domain.Tests.CaseSummaries;

public class SummaryLayoutTests
{
    // A section missing from the layout would be stored and audited but never shown or printed.
    [Fact]
    public void Every_section_stands_under_exactly_one_heading()
    {
        SummaryLayout.Parts.SelectMany(p => p.Sections).ShouldBe(Codes<SummarySection>.All, ignoreOrder: true);
    }

    [Fact]
    public void The_health_marker_details_are_named_after_the_markers_they_go_with()
    {
        Codes<SummarySection>.Code(SummarySection.HvContactChildFrequency).ShouldBe("hv_contact_child_frequency");
        Codes<SummarySection>.Code(SummarySection.AeRecentDetails).ShouldBe("ae_recent_details");
        Codes<SummarySection>.Code(SummarySection.MotherSubstanceMisuseServicesDetails).ShouldBe("mother_substance_misuse_services_details");
    }
}
