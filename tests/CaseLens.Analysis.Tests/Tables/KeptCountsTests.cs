using System.Text.Json;
using CaseLens.Analysis.Tables;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CsCheck;

namespace CaseLens.Analysis.Tests.Tables;

/// <summary>Counts written as bytes and read again make the same tables and N as the counts they were.</summary>
public class KeptCountsTests
{
    private static readonly TableOptions Options = new() { PeriodLabel = "P" };

    [Fact]
    public void Counts_read_from_their_bytes_make_the_same_tables_and_digest_and_the_same_bytes_again()
    {
        Gen.Select(Gen.Int[0, 400], Gen.Int[1, 1_000_000]).Sample(
            (rows, seed) =>
            {
                var counts = NotificationCounts.Of(CodedNotifications.Of(SyntheticNotifications.Generate(rows, seed).ToList(), NotificationFilter.None));
                var bytes = counts.Write();

                var read = NotificationCounts.Read(bytes, NotificationFilter.None);

                read.ShouldNotBeNull();
                read.Digest.ToArray().ShouldBe(counts.Digest.ToArray());
                read.Count.ShouldBe(rows);
                read.IncidentSpan.ShouldBe(counts.IncidentSpan);
                Tables(counts).ShouldContain("\"Id\":\"T2\"", Case.Sensitive, "the tables are serialized whole, not as an empty object");
                Tables(read).ShouldBe(Tables(counts));
                read.Write().ShouldBe(bytes);
            },
            iter: 60);
    }

    [Fact]
    public void Bytes_of_another_version_or_cut_short_or_with_more_after_them_are_not_read()
    {
        var bytes = NotificationCounts.Of(CodedNotifications.Of(SyntheticNotifications.Generate(50, 3).ToList(), NotificationFilter.None)).Write();
        bytes[0].ShouldBe(NotificationCounts.KeptFormat);

        NotificationCounts.Read([(byte)(NotificationCounts.KeptFormat + 1), .. bytes[1..]], NotificationFilter.None).ShouldBeNull();
        NotificationCounts.Read(bytes[..^1], NotificationFilter.None).ShouldBeNull();
        NotificationCounts.Read([.. bytes, 0], NotificationFilter.None).ShouldBeNull();
        NotificationCounts.Read([], NotificationFilter.None).ShouldBeNull();
    }

    /// <summary>Every table as JSON: each count, percentage, note and statistic.</summary>
    private static string Tables(NotificationCounts counts) => JsonSerializer.Serialize(NotificationTables.Build(counts, Options));
}
