using CaseLens.Domain.Notifications;
using CaseLens.TestKit;

namespace CaseLens.Interchange.Tests.Csv;

public class SampleDataTests
{
    [Fact]
    public void Shipped_notifications_read_without_problems()
    {
        using var file = File.OpenRead(SampleData.Notifications);

        var result = NotificationCsv.ReadAll(file, TimeProvider.System);

        result.Problems.ShouldBeEmpty();
        result.Records.Count.ShouldBe(477);
    }

    [Fact]
    public void Shipped_notifications_leave_13_out_of_everything()
    {
        using var file = File.OpenRead(SampleData.Notifications);

        var records = NotificationCsv.ReadAll(file, TimeProvider.System).Records;

        records.Count(n => n.Exclusion is Exclusion.DuplicateReport or Exclusion.SiblingReport or Exclusion.TestRecord)
            .ShouldBe(13);
        records.Count(n => n.Exclusion is not (Exclusion.DuplicateReport or Exclusion.SiblingReport or Exclusion.TestRecord))
            .ShouldBe(464);
    }

    [Fact]
    public void Shipped_intensive_sample_reads_without_problems()
    {
        using var file = File.OpenRead(SampleData.Intensive);

        var result = IntensiveCsv.ReadAll(file);

        result.Problems.ShouldBeEmpty();
        result.Records.Count.ShouldBe(40);
    }

    [Fact]
    public void Rows_report_the_line_where_each_record_starts()
    {
        using var file = File.OpenRead(SampleData.Notifications);

        var lines = NotificationCsv.Read(file, TimeProvider.System).Select(r => r.Line).ToList();

        lines[0].ShouldBe(2);
        lines[^1].ShouldBe(478);
    }
}
