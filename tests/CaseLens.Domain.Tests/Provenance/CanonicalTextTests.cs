using System.Text;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Provenance;

namespace CaseLens.Domain.Tests.Provenance;

public class CanonicalTextTests
{
    private static string Line(Notification n)
    {
        var text = new StringBuilder();
        CanonicalText.AppendLine(n, text);
        return text.ToString();
    }

    [Fact]
    public void A_bare_notification_writes_every_field_with_empty_unknowns()
    {
        var line = Line(new Notification { CaseId = "A", IncidentDate = new DateOnly(2005, 6, 1), ScrStatus = ScrStatus.Yes });

        // case id, incident date, notification date, region, board, type, status, then 26 empty fields and the outline.
        line.ShouldBe("1:A|2005-06-01|||-||yes|" + new string('|', 26) + "-|\n");
    }

    [Fact]
    public void Codes_sets_flags_and_text_are_written_in_their_interchange_form()
    {
        var line = Line(new Notification
        {
            CaseId = "A",
            IncidentDate = new DateOnly(2005, 6, 1),
            ScrStatus = ScrStatus.No,
            Board = "x|y",
            Gender = Gender.Male,
            AgeMonths = 14,
            Twin = false,
            ProtectionPlanCategories = CodeSet<AbuseCategory>.Of(AbuseCategory.Neglect, AbuseCategory.Physical),
            CaseOutline = string.Empty,
        });

        line.ShouldBe("1:A|2005-06-01||" + "|3:x|y|" + "|no||14|male|||no|||physical;neglect|" + new string('|', 17) + "0:|\n");
    }

    [Fact]
    public void Free_text_cannot_shift_the_fields()
    {
        var n = new Notification { CaseId = "A", IncidentDate = new DateOnly(2005, 6, 1), ScrStatus = ScrStatus.Yes };

        Line(n with { Board = "a|b", CaseOutline = "c" }).ShouldNotBe(Line(n with { Board = "a", CaseOutline = "b|c" }));
        Line(n with { Board = null }).ShouldNotBe(Line(n with { Board = "-" }));
        Line(n with { Board = null }).ShouldNotBe(Line(n with { Board = string.Empty }));
    }
}
