using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Domain.Validation;
using CaseLens.Interchange.Csv;
using static CaseLens.Interchange.Tests.Counting.CountAgreement;

namespace CaseLens.Interchange.Tests.Counting;

public sealed class HandOffTests
{
    [Fact]
    public void While_the_caller_holds_the_first_row_only_the_batches_allowed_to_wait_are_read_ahead()
    {
        var file = CsvOf(SyntheticNotifications.Generate(40_000, seed: 19));
        var schema = NotificationCsv.Schema(DateLimits.Today(Clock));
        var selected = 0;
        var mostAhead = 0;
        var first = true;

        var read = ParallelCsvScan.TryScan(
            new MemoryStream(file, writable: false),
            schema,
            parallelism: 2,
            record =>
            {
                Interlocked.Increment(ref selected);
                return record.CaseId;
            },
            _ =>
            {
                if (first)
                {
                    // The checking threads go on while the caller is busy with its first row: they stop
                    // at the bound, or, without one, run far past it within the wait.
                    first = false;
                    SpinWait.SpinUntil(() => Volatile.Read(ref selected) > 20 * RowBatch<string>.MaxRows, TimeSpan.FromSeconds(2));
                    mostAhead = Volatile.Read(ref selected);
                }
            },
            ids: null);

        read.ShouldBeTrue();
        selected.ShouldBe(40_000);
        mostAhead.ShouldBeLessThanOrEqualTo((1 + RowBatches.MaxWaiting) * RowBatch<string>.MaxRows);
    }
}
