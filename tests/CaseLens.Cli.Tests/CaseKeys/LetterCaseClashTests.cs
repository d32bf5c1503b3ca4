using CaseLens.Domain.Notifications;
using CaseLens.Interchange;
using CaseLens.TestKit;

namespace CaseLens.Cli.Tests.CaseKeys;

/// <summary>
/// <c>caselens import</c> of a case id that differs from a stored one only in letter case: refused
/// (exit 2) with both ids named, with or without <c>--update</c>, and nothing written.
/// </summary>
public sealed class LetterCaseClashTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_id_differing_from_a_stored_one_only_in_letter_case_is_refused_naming_both(bool update)
    {
        var db = _dir.File("store.db");
        CliRun.Of("import", "notifications", Write("first.csv", "SCR-001"), "--db", db).ExitCode.ShouldBe(0);

        string[] args = ["import", "notifications", Write("second.csv", "N2", "scr-001"), "--db", db, .. update ? new[] { "--update" } : []];
        var second = CliRun.Of(args);

        second.ExitCode.ShouldBe(2, second.ToString());
        second.ErrorLines.ShouldBe(["line 3, column case_id: case id 'scr-001' names the same case as 'SCR-001', already stored (ids differing only in letter case are one case); nothing was imported"]);
        CliRun.Of("cases", "--db", db).Out.ShouldNotContain("N2");
    }

    private string Write(string name, params string[] ids)
    {
        var path = _dir.File(name);
        using var stream = File.Create(path);
        NotificationCsv.Write(stream, ids.Select(id => new NotificationBuilder().WithId(id).Build()));
        return path;
    }
}
