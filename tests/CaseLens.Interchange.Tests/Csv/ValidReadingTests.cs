using System.Text;
using CaseLens.Domain.Provenance;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange.Tests.Counting;

namespace CaseLens.Interchange.Tests.Csv;

/// <summary>
/// <see cref="NotificationCsv.TryReadValid"/>, the import's first reading: for a valid file, the very
/// records the exact reader reads, in file order, on any number of threads; for any other, false.
/// </summary>
public sealed class ValidReadingTests
{
    private static readonly byte[] Valid = CountAgreement.CsvOf(
        SyntheticNotifications.Generate(3_000, seed: 2009).Select((n, i) => n with { CaseId = $"V{i:D5}" }));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_valid_file_gives_the_exact_readers_records_in_file_order(int parallelism)
    {
        var read = new List<string>();

        var valid = NotificationCsv.TryReadValid(new MemoryStream(Valid, writable: false), CountAgreement.Clock, parallelism, n => read.Add(NotificationDigestWriter.LineOf(n)));

        valid.ShouldBeTrue();
        var exact = NotificationCsv.ReadAll(new MemoryStream(Valid, writable: false), CountAgreement.Clock);
        exact.IsValid.ShouldBeTrue();
        read.ShouldBe([.. exact.Records.Select(NotificationDigestWriter.LineOf)]);
    }

    [Theory]
    [InlineData("V02500,", "V02500,,")]
    [InlineData("V02500,", "V02500\0,")]
    [InlineData("V02500,", "V00007,")]
    [InlineData("V02500,", "v00007,")]
    public void A_file_with_a_bad_row_is_not_vouched_for(string row, string broken)
    {
        var text = Encoding.UTF8.GetString(Valid);
        text.ShouldContain(row);
        var file = Encoding.UTF8.GetBytes(text.Replace(row, broken, StringComparison.Ordinal));

        var valid = NotificationCsv.TryReadValid(new MemoryStream(file, writable: false), CountAgreement.Clock, parallelism: 2, _ => { });

        valid.ShouldBeFalse();
        NotificationCsv.ReadAll(new MemoryStream(file, writable: false), CountAgreement.Clock).IsValid.ShouldBeFalse();
    }
}
