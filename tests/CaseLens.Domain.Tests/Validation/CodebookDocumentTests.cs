using CaseLens.Domain.Codebook;
using CaseLens.Domain.Validation;

namespace CaseLens.Domain.Tests.Validation;

public sealed class CodebookDocumentTests
{
    [Fact]
    public void Committed_codebook_is_what_the_generator_writes()
    {
        var path = Path.Combine(RepositoryRoot(), CodebookDocument.RelativePath);
        var expected = CodebookDocument.Markdown();
        if (Environment.GetEnvironmentVariable(CodebookDocument.UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        File.Exists(path).ShouldBeTrue(
            $"{CodebookDocument.RelativePath} is missing. Write it with: {CodebookDocument.UpdateVariable}=1 dotnet test tests/CaseLens.Domain.Tests --filter CodebookDocument");
        var committed = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        committed.ShouldBe(
            expected,
            $"{CodebookDocument.RelativePath} differs from CodebookDocument.Markdown() (a column, code or label changed). "
            + $"Regenerate it with: {CodebookDocument.UpdateVariable}=1 dotnet test tests/CaseLens.Domain.Tests --filter CodebookDocument");
    }

    [Theory]
    [InlineData("notifications")]
    [InlineData("intensive")]
    public void Codebook_lists_every_column_and_every_code_with_its_label(string format)
    {
        var columns = format == "notifications" ? NotificationColumns.All : IntensiveColumns.All;
        var document = CodebookDocument.Markdown();
        var intensiveStart = document.IndexOf("## Intensive sample sheet", StringComparison.Ordinal);
        intensiveStart.ShouldBeGreaterThan(0);
        var markdown = format == "notifications" ? document[..intensiveStart] : document[intensiveStart..];

        foreach (var column in columns)
        {
            markdown.ShouldContain("### `" + column.Name + "`");
            var row = "| `" + column.Name + "` | ";
            if (column.Required)
            {
                markdown.ShouldContain(row + "yes |");
            }
            else
            {
                markdown.ShouldNotContain(row + "yes |");
            }

            foreach (var (code, label) in column.Codes)
            {
                markdown.ShouldContain("| `" + code + "` | " + label + " |");
            }
        }
    }

    [Fact]
    public void Codebook_gives_codes_their_printed_labels_and_says_when_incident_type_is_required()
    {
        var markdown = CodebookDocument.Markdown();

        markdown.ShouldContain("| `incident_type` | when `scr_status` is `yes` | one code |");
        markdown.ShouldContain("| `A1` | A1: possible infanticide / covert homicide |");
        markdown.ShouldContain("| `section_20` | Accommodated (section 20) |");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CaseLens.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder holding CaseLens.sln above {AppContext.BaseDirectory}.");
    }
}
