using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;

namespace CaseLens.Cli.Tests;

/// <summary>
/// Every file of the Interchange corpus (tests/CaseLens.Interchange.Tests/Malformed, linked here)
/// breaks one rule; <c>caselens import</c> must exit 2, name the line on standard error, and leave
/// the store byte for byte as it was.
/// </summary>
public sealed class MalformedImportTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Malformed");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string, int, string, string> Corpus()
    {
        var data = new TheoryData<string, string, int, string, string>();
        using var reader = CsvReader.Create(File.OpenRead(Path.Combine(Folder, "expected.csv")), CsvReaderOptions.Default with { Separator = ',' });
        while (reader.Read())
        {
            data.Add(
                reader.GetString("file")!,
                reader.GetString("format")!,
                int.Parse(reader.GetString("line")!, CultureInfo.InvariantCulture),
                reader.GetString("column") ?? string.Empty,
                reader.GetString("message")!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_malformed_file_is_rejected_naming_its_line_and_the_store_is_untouched(
        string file, string format, int line, string column, string message)
    {
        var db = seeded.CopyTo(_dir.File("store.db"));
        var before = SHA256.HashData(File.ReadAllBytes(db));

        var run = CliRun.Of("import", format, Path.Combine(Folder, file), "--db", db);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Out.ShouldBeEmpty();
        var where = column.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"line {line}")
            : string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}:");
        run.ErrorLines.ShouldContain(l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal), run.ToString());
        SHA256.HashData(File.ReadAllBytes(db)).ShouldBe(before);
        Directory.GetFiles(_dir.Path).ShouldBe([db]);
    }

    [Fact]
    public void A_malformed_file_does_not_create_a_missing_store()
    {
        var run = CliRun.Of("import", "notifications", Path.Combine(Folder, "n-gender.csv"), "--db", _dir.File("new.db"));

        run.ExitCode.ShouldBe(2);
        File.Exists(_dir.File("new.db")).ShouldBeFalse();
        Directory.GetFiles(_dir.Path).ShouldBeEmpty("neither the store, its journals nor the copy it was built under are left");
    }

    [Fact]
    public void The_corpus_is_there()
    {
        Corpus().Count.ShouldBeGreaterThanOrEqualTo(30);
    }
}
