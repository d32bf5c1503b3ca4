using CaseLens.Domain.Notifications;

namespace CaseLens.Interchange.Tests.Streaming;

[Collection(AloneInTheProcess.Name)]
public class LargeFileTests
{
    private const int Rows = 1_000_000;
    private const int WorkbookRows = 200_000;

    [Fact]
    [Trait("Category", "Large")]
    public void A_million_rows_stream_in_flat_memory()
    {
        using var input = new GeneratedCsvStream(Rows);
        var count = 0;
        long atStart = 0;
        long peak = 0;

        foreach (var row in NotificationCsv.Read(input, TimeProvider.System))
        {
            row.IsValid.ShouldBeTrue();
            count++;
            if (count == 10_000)
            {
                atStart = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (count % 250_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        count.ShouldBe(Rows);
        // Only the case ids are kept (for duplicates): well under 100 bytes a row, where the
        // records themselves would take several hundred.
        (peak - atStart).ShouldBeLessThan(100L * Rows);
    }

    // 200,000 rows keep the run short; memory stays flat whatever the count (1,000,000 rows were
    // measured the same way when this was written, in about a minute).
    [Fact]
    [Trait("Category", "Large")]
    public void Many_rows_write_to_xlsx_in_little_memory()
    {
        using var output = new MeasuringStream();

        CaseWorkbook.WriteNotifications(output, Generated(WorkbookRows, output));

        output.Length.ShouldBeGreaterThan(WorkbookRows * 10L);
        (output.PeakMemory - output.MemoryAtStart).ShouldBeLessThan(64L << 20);
    }

    private static IEnumerable<Notification> Generated(int rows, MeasuringStream output)
    {
        for (var i = 1; i <= rows; i++)
        {
            if (i == 1_000)
            {
                output.MemoryAtStart = GC.GetTotalMemory(forceFullCollection: true);
            }

            yield return new Notification
            {
                CaseId = "N" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                IncidentDate = new DateOnly(2006, 1, 1).AddDays(i % 700),
                ScrStatus = ScrStatus.Yes,
                IncidentType = IncidentType.Death,
                Region = (Region)(i % 9),
                AgeMonths = i % 216,
                CaseOutline = "An outline that is not very long.",
            };
        }
    }
}
