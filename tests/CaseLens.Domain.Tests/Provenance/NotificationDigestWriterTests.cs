using CaseLens.Domain.Provenance;
using CaseLens.Domain.Synthesis;

namespace CaseLens.Domain.Tests.Provenance;

public sealed class NotificationDigestWriterTests
{
    [Fact]
    public void Records_added_one_by_one_in_case_id_order_give_the_digest_of_the_whole_set()
    {
        var records = SyntheticNotifications.Generate(2_000, seed: 3).ToList();
        using var writer = new NotificationDigestWriter();

        foreach (var record in records.OrderBy(n => n.CaseId, StringComparer.Ordinal))
        {
            writer.Add(record);
        }

        writer.Complete().ShouldBe(DataSetHash.NotificationDigest(records));
    }

    [Fact]
    public void A_record_out_of_case_id_order_is_refused()
    {
        var records = SyntheticNotifications.Generate(3, seed: 3).OrderBy(n => n.CaseId, StringComparer.Ordinal).ToList();
        using var writer = new NotificationDigestWriter();
        writer.Add(records[2]);

        Should.Throw<InvalidOperationException>(() => writer.Add(records[0]));
    }
}
