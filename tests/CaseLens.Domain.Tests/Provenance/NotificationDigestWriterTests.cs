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

    [Fact]
    public void Records_with_text_of_several_bytes_a_character_hash_as_the_utf8_of_their_lines_across_many_chunks()
    {
        // More than one 64K-character chunk of text, with letters of two, three and four bytes (a surrogate pair).
        var records = SyntheticNotifications.Generate(3_000, seed: 5)
            .Select((n, i) => n with { CaseOutline = $"Café – ünïcode {i} 😀 {new string('é', i % 97)}" })
            .OrderBy(n => n.CaseId, StringComparer.Ordinal)
            .ToList();
        using var writer = new NotificationDigestWriter();
        foreach (var record in records)
        {
            writer.Add(record);
        }

        var text = string.Concat(records.Select(NotificationDigestWriter.LineOf));
        text.Length.ShouldBeGreaterThan(3 * 64 * 1024);

        writer.Complete().ShouldBe(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
