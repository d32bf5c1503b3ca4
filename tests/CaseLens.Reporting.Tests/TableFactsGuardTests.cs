using System.Text.RegularExpressions;
using CaseLens.Analysis.Tables;
using CaseLens.TestKit;

namespace CaseLens.Reporting.Tests;

/// <summary>
/// The renderers read what a table is from the table (<c>Kind</c>, <c>Section</c>, each row's
/// <c>Kind</c>), set where Analysis builds it; they never decide by a table's id or a row's key. So
/// no string literal in Reporting's source may be a table id or the total row's key — except in
/// <c>Charts/</c>, where each figure names the one table it draws.
/// </summary>
public sealed partial class TableFactsGuardTests
{
    private static readonly string[] Allowed = ["Charts/"];

    [Fact]
    public void Reporting_source_holds_no_table_id_or_row_key_literal()
    {
        var root = Path.Combine(Repository.Root, "src", "CaseLens.Reporting");
        var forbidden = TableCatalog.Ids.Append("total").ToHashSet(StringComparer.Ordinal);

        var found = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(file => (Path: Path.GetRelativePath(root, file).Replace('\\', '/'), file))
            .Where(f => !f.Path.StartsWith("obj/", StringComparison.Ordinal) && !f.Path.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => !Allowed.Any(a => f.Path.StartsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => Literal().Matches(File.ReadAllText(f.file))
                .Select(m => m.Groups["text"].Value)
                .Where(forbidden.Contains)
                .Select(text => $"{f.Path}: \"{text}\""))
            .ToList();

        found.ShouldBeEmpty();
    }

    [Fact]
    public void The_guard_sees_a_table_id_where_there_is_one() =>
        Literal().Matches("if (table.Id == \"T8\") { }").Select(m => m.Groups["text"].Value).ShouldContain("T8");

    [GeneratedRegex("\"(?<text>(?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex Literal();
}
