using CaseLens.Application.Importing;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange;
using CaseLens.Storage.Importing;

namespace CaseLens.Application.Tests.Importing;

/// <summary>
/// An import counts the notifications it reads for the store to keep, and stops as soon as the store
/// says it would not keep them (it held records already), rather than count a whole file for nothing.
/// </summary>
public sealed class ImportCountingTests
{
    [Fact]
    public void Counting_left_alone_counts_every_row_and_offers_the_whole_file()
    {
        var counting = new CallsCounted();

        var passed = counting.Observe(Rows(50)).Count();

        passed.ShouldBe(50);
        counting.Added.ShouldBe(50);
        counting.WholeFile.ShouldBeTrue();
    }

    [Fact]
    public void Counting_stopped_part_way_counts_no_later_row_and_offers_nothing()
    {
        var counting = new CallsCounted();
        var passed = 0;

        foreach (var _ in counting.Observe(Rows(50)))
        {
            if (++passed == 10)
            {
                counting.Stop();
            }
        }

        passed.ShouldBe(50);
        counting.Added.ShouldBe(10);
        counting.WholeFile.ShouldBeFalse();
    }

    private static IEnumerable<RowResult<Notification>> Rows(int rows)
    {
        var stream = new MemoryStream();
        NotificationCsv.Write(stream, SyntheticNotifications.Generate(rows, seed: 2009).Select((n, i) => n with { CaseId = $"C{i:D5}" }));
        stream.Position = 0;
        return NotificationCsv.Read(stream, TimeProvider.System);
    }

    /// <summary>Counts the records it is asked to count, and whether it ended with the whole file counted.</summary>
    private sealed class CallsCounted : ImportCounting<Notification>
    {
        public int Added { get; private set; }

        public bool WholeFile => Finished;

        protected override bool Add(Notification record)
        {
            Added++;
            return true;
        }

        public override void OfferTo(ImportSession<Notification> session) => throw new NotSupportedException();
    }
}
