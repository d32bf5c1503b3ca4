using CsvHelper;

namespace CaseLens.Interchange.Tests.Csv;

/// <summary>
/// Every file of the Malformed corpus breaks exactly one rule; Malformed/expected.csv says the one
/// problem the reader must report (line, column, a fragment of the message).
/// Malformed/make-corpus.py regenerates the files and the manifest.
/// </summary>
public class MalformedCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Malformed");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Manifest())
        {
            data.Add(entry.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Malformed_file_is_rejected_at_the_expected_line_and_column(string file)
    {
        var expected = Manifest()[file];
        using var stream = File.OpenRead(Path.Combine(Folder, file));

        var problems = expected.Format == "intensive"
            ? IntensiveCsv.ReadAll(stream).Problems
            : NotificationCsv.ReadAll(stream, TimeProvider.System).Problems;

        var problem = problems.ShouldHaveSingleItem(string.Join(Environment.NewLine, problems));
        problem.Line.ShouldBe(expected.Line);
        problem.Column.ShouldBe(expected.Column);
        problem.Message.ShouldContain(expected.Message);
    }

    [Fact]
    public void Corpus_has_a_file_for_every_manifest_line_and_the_reverse()
    {
        var files = Directory.GetFiles(Folder, "*.csv").Select(Path.GetFileName)
            .Where(name => name != "expected.csv");

        files.ShouldBe(Manifest().Keys, ignoreOrder: true);
        Manifest().Count.ShouldBeGreaterThanOrEqualTo(30);
    }

    private static Dictionary<string, Expectation> Manifest()
    {
        using var reader = CsvReader.Create(File.OpenRead(Path.Combine(Folder, "expected.csv")), CsvReaderOptions.Default with { Separator = ',' });
        var manifest = new Dictionary<string, Expectation>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var column = reader.GetString("column");
            manifest.Add(
                reader.GetString("file")!,
                new Expectation(
                    reader.GetString("format")!,
                    int.Parse(reader.GetString("line")!, System.Globalization.CultureInfo.InvariantCulture),
                    string.IsNullOrEmpty(column) ? null : column,
                    reader.GetString("message")!));
        }

        return manifest;
    }

    private sealed record Expectation(string Format, int Line, string? Column, string Message);
}
