using System.Text;
using CaseLens.Domain.Grouping;
using CaseLens.Domain.Notifications;
using CaseLens.Domain.Synthesis;
using CaseLens.Interchange.Csv;
using CsCheck;
using static CaseLens.Interchange.Tests.Counting.CountAgreement;

namespace CaseLens.Interchange.Tests.Counting;

public sealed class CountingTests
{
    private static readonly string Malformed = Path.Combine(AppContext.BaseDirectory, "Malformed");
    private static readonly string Fuzz = Path.Combine(AppContext.BaseDirectory, "Fuzz", "notifications");

    public static TheoryData<string> MalformedFiles() => [.. Directory.GetFiles(Malformed, "n-*.csv").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void A_malformed_file_counted_has_the_problems_of_reading_it_whole(string file)
    {
        var counted = ShouldAgree(File.ReadAllBytes(Path.Combine(Malformed, file)), NotificationFilter.None, parallelism: 2, file);

        counted.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Every_kept_fuzz_input_counted_agrees_with_reading_it_whole()
    {
        foreach (var file in Directory.GetFiles(Fuzz))
        {
            ShouldAgree(File.ReadAllBytes(file), NotificationFilter.None, parallelism: 2, Path.GetFileName(file));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_valid_synthetic_file_counted_on_the_fast_path_gives_the_tables_and_digest_of_its_records(int parallelism)
    {
        var file = CsvOf(SyntheticNotifications.Generate(20_000, seed: 7));

        ShouldAgree(file, NotificationFilter.None, parallelism);
        ShouldAgree(file, new NotificationFilter { StudyYear = new StudyYear(2005), ScrStatus = ScrStatus.Yes }, parallelism);
        FastCount(file, NotificationFilter.None, parallelism).ShouldNotBeNull("a plainly valid file is counted without the exact reader");
    }

    [Fact]
    public void Quoted_cells_with_doubled_quotes_commas_and_line_breaks_are_unquoted_as_the_exact_reader_unquotes_them()
    {
        var rows = SyntheticNotifications.Generate(300, seed: 17).Select((n, i) => (i % 3) switch
        {
            0 => n with { Board = "Board \"North\", east", CaseOutline = "He said \"\"no\"\",\r\nthen left; é ✓" },
            1 => n with { CaseOutline = "\"" },
            _ => n with { Board = "\"\"", CaseOutline = "a\nb" },
        }).ToList();
        var file = CsvOf(rows);

        ShouldAgree(file, NotificationFilter.None, parallelism: 2);
        Convert.ToHexString(FastCount(file, NotificationFilter.None, parallelism: 2).ShouldNotBeNull().Digest)
            .ShouldBe(Convert.ToHexString(Domain.Provenance.DataSetHash.NotificationDigest(rows)), "the lines hashed are the records' own");
    }

    [Fact]
    public void A_repeated_case_id_far_apart_is_named_with_both_lines_as_the_exact_reader_names_it()
    {
        var rows = SyntheticNotifications.Generate(30_000, seed: 3).ToList();
        rows[28_000] = rows[28_000] with { CaseId = rows[1].CaseId.ToLowerInvariant() };

        var counted = ShouldAgree(CsvOf(rows), NotificationFilter.None, parallelism: 2);

        var problem = counted.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe("csv.duplicate_case_id");
        problem.Line.ShouldBe(28_002);
        problem.Message.ShouldContain("on line 3");
    }

    [Fact]
    public void Case_ids_out_of_order_still_give_the_digest_of_the_records_in_case_id_order()
    {
        var rows = SyntheticNotifications.Generate(5_000, seed: 11).Reverse().ToList();

        ShouldAgree(CsvOf(rows), NotificationFilter.None, parallelism: 2);
    }

    [Fact]
    public void Any_file_made_of_valid_rows_with_faults_counted_agrees_with_reading_it_whole()
    {
        var files = Gen.Select(Gen.Int[1, 400], Gen.Int[0, 1000], Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Gen.Int[1, 2])
            .Select((rows, seed, fault, at, parallelism) => (File: Faulty(rows, seed, fault, at), Fault: fault, Parallelism: parallelism));

        files.Sample(
            f => ShouldAgree(f.File, f.Fault % 2 == 0 ? NotificationFilter.None : new NotificationFilter { Region = Region.London }, f.Parallelism, $"fault {f.Fault}"),
            iter: 150);
    }

    [Fact]
    public void Repeated_hashes_are_found_across_runs_written_to_disk_and_none_without_a_repeat()
    {
        using (var distinct = new CaseIdHashes(bufferLength: 7))
        {
            for (var i = 0; i < 100; i++)
            {
                distinct.Add(CaseIdHashes.Of("S" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)));
            }

            distinct.AnyRepeated().ShouldBeFalse();
            distinct.Runs.ShouldBeGreaterThan(10);
        }

        using var repeated = new CaseIdHashes(bufferLength: 7);
        for (var i = 0; i < 100; i++)
        {
            repeated.Add(CaseIdHashes.Of(i == 93 ? "s0000002" : "S" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)));
        }

        repeated.AnyRepeated().ShouldBeTrue("S0000002 (run 1) and s0000002 (run 14) name one case");
    }

    [Fact]
    public void Canonical_lines_out_of_order_sorted_through_runs_on_disk_give_the_digest_of_the_records()
    {
        var rows = SyntheticNotifications.Generate(3_000, seed: 5).OrderBy(n => n.CaseId.GetHashCode(StringComparison.Ordinal)).ToList();
        using var lines = new CanonicalLineSort(budgetChars: 20_000);

        foreach (var n in rows)
        {
            lines.Add(n.CaseId, Domain.Provenance.NotificationDigestWriter.LineOf(n));
        }

        Convert.ToHexString(lines.Digest()).ShouldBe(Convert.ToHexString(Domain.Provenance.DataSetHash.NotificationDigest(rows)));
        lines.Runs.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void A_file_out_of_case_id_order_is_still_counted_on_the_fast_path()
    {
        var file = CsvOf(SyntheticNotifications.Generate(2_000, seed: 13).Reverse());

        FastCount(file, NotificationFilter.None, parallelism: 2).ShouldNotBeNull();
    }

    private static Analysis.Tables.NotificationCounts? FastCount(byte[] file, NotificationFilter scope, int parallelism) =>
        NotificationCount.TryCountFast(
            () => new MemoryStream(file, writable: false),
            NotificationCsv.Schema(Domain.Validation.DateLimits.Today(Clock)),
            scope,
            parallelism);

    /// <summary>Valid synthetic rows, then one fault of ten kinds at a position drawn from <paramref name="at"/>.</summary>
    private static byte[] Faulty(int rows, int seed, int fault, int at)
    {
        var list = SyntheticNotifications.Generate(rows, seed).ToList();
        var i = at % list.Count;
        var j = (at / 7) % list.Count;
        switch (fault)
        {
            case 0:
                break;
            case 1:
                list[i] = list[i] with { CaseId = list[j].CaseId };
                break;
            case 2:
                (list[i], list[j]) = (list[j], list[i]);
                break;
            case 3:
                list[i] = list[i] with { CaseOutline = "a \"quoted\", two-line\r\noutline" };
                break;
            case 4:
                list[i] = list[i] with { AgeMonths = -3 };
                break;
            case 5:
                list[i] = list[i] with { Board = "Board, with a comma" };
                break;
        }

        var text = Encoding.UTF8.GetString(CsvOf(list));
        var lines = text.Split("\r\n").ToList();
        var line = 1 + (i % list.Count);
        switch (fault)
        {
            case 6:
                lines.Insert(line, string.Empty);
                break;
            case 7:
                lines[line] = lines[line] + ",extra";
                break;
            case 8:
                lines[line] = ReplaceFirst(lines[line], ",", ",\"x\"y");
                break;
            case 9:
                return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))];
        }

        return Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + what.Length));
    }
}
