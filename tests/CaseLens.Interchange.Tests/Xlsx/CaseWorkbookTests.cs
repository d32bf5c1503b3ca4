using System.IO.Compression;
using System.Xml.Linq;
using CaseLens.Domain.Coding;
using CaseLens.Domain.Intensive;
using CaseLens.Domain.Notifications;
using CaseLens.TestKit;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;

namespace CaseLens.Interchange.Tests.Xlsx;

public class CaseWorkbookTests
{
    [Fact]
    public void Sample_notifications_read_back_with_typed_values_and_labels()
    {
        var notifications = ReadSample();
        using var workbook = new MemoryStream();
        CaseWorkbook.WriteNotifications(workbook, notifications);
        workbook.Position = 0;

        var rows = workbook.Query(useHeaderRow: true, sheetName: CaseWorkbook.NotificationsSheet)
            .Cast<IDictionary<string, object?>>().ToList();

        rows.Count.ShouldBe(notifications.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var n = notifications[i];
            rows[i]["case_id"].ShouldBe(n.CaseId);
            rows[i]["incident_date"].ShouldBe(n.IncidentDate.ToDateTime(TimeOnly.MinValue));
            AsNumber(rows[i]["age_months"]).ShouldBe(n.AgeMonths);
            rows[i]["scr_status"].ShouldBe(Codes<ScrStatus>.Label(n.ScrStatus));
            rows[i]["region"].ShouldBe(n.Region is { } region ? Codes<Region>.Label(region) : null);
        }
    }

    [Fact]
    public void Codes_sheet_maps_every_label_back_to_its_code()
    {
        using var workbook = new MemoryStream();
        CaseWorkbook.WriteNotifications(workbook, [new NotificationBuilder().In(Region.East).Build()]);
        workbook.Position = 0;

        var codes = workbook.Query(useHeaderRow: true, sheetName: "codes").Cast<IDictionary<string, object?>>().ToList();

        codes.ShouldContain(r => (string?)r["column"] == "region" && (string?)r["code"] == "east" && (string?)r["label"] == "East of England");
        codes.Count(r => (string?)r["column"] == "death_category").ShouldBe(12);
    }

    [Fact]
    public void Sample_intensive_cases_read_back_with_numbers_and_labels()
    {
        using var file = File.OpenRead(SampleData.Intensive);
        var cases = IntensiveCsv.ReadAll(file).Records;
        using var workbook = new MemoryStream();
        CaseWorkbook.WriteIntensive(workbook, cases);
        workbook.Position = 0;

        var rows = workbook.Query(useHeaderRow: true, sheetName: CaseWorkbook.IntensiveSheet)
            .Cast<IDictionary<string, object?>>().ToList();

        rows.Count.ShouldBe(40);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i]["case_id"].ShouldBe(cases[i].CaseId);
            AsNumber(rows[i]["hospital_admissions"]).ShouldBe(cases[i].HospitalAdmissions);
            rows[i]["incident_type"].ShouldBe(Codes<IncidentType>.Label(cases[i].IncidentType));
            rows[i]["intervention_level"].ShouldBe(
                cases[i].InterventionLevel is { } level ? Codes<InterventionLevel>.Label(level) : null);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\",\"click\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public void Formula_looking_text_stays_text(string text)
    {
        Notification notification = new NotificationBuilder().With(n => n with { Board = text, CaseOutline = text });
        using var workbook = new MemoryStream();
        CaseWorkbook.WriteNotifications(workbook, [notification]);

        workbook.Position = 0;
        var sheet = SheetXml(workbook, "xl/worksheets/");
        sheet.Descendants().Where(e => e.Name.LocalName == "f").ShouldBeEmpty();
        sheet.Descendants().Where(e => e.Name.LocalName == "t" && e.Value == text).Count().ShouldBe(2);

        workbook.Position = 0;
        var row = workbook.Query(useHeaderRow: true, sheetName: CaseWorkbook.NotificationsSheet)
            .Cast<IDictionary<string, object?>>().Single();
        row["board"].ShouldBe(text);
    }

    [Fact]
    public void Workbook_is_valid_open_xml()
    {
        using var workbook = new MemoryStream();
        CaseWorkbook.WriteNotifications(workbook, ReadSample());
        workbook.Position = 0;

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Take(5).ToList();

        errors.ShouldBeEmpty();
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value)
            .ShouldBe([CaseWorkbook.NotificationsSheet, "codes", "columns"]);
    }

    [Fact]
    public void Header_row_is_frozen()
    {
        using var workbook = new MemoryStream();
        CaseWorkbook.WriteNotifications(workbook, [new NotificationBuilder().Build()]);
        workbook.Position = 0;

        var pane = SheetXml(workbook, "xl/worksheets/").Descendants().Single(e => e.Name.LocalName == "pane");

        pane.Attribute("state")!.Value.ShouldBe("frozen");
        pane.Attribute("ySplit")!.Value.ShouldBe("1");
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        CaseWorkbook.WriteNotifications(forwardOnly, ReadSample());

        target.Position = 0;
        target.Query(useHeaderRow: true, sheetName: CaseWorkbook.NotificationsSheet).Count().ShouldBe(477);
    }

    private static List<Notification> ReadSample()
    {
        using var file = File.OpenRead(SampleData.Notifications);
        return [.. NotificationCsv.ReadAll(file, TimeProvider.System).Records];
    }

    private static double? AsNumber(object? value) => value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

    private static XDocument SheetXml(Stream workbook, string folder)
    {
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal)).OrderBy(e => e.FullName).First();
        using var content = entry.Open();
        return XDocument.Load(content);
    }
}
