using System.Text;
using CaseLens.Application.Files;

namespace CaseLens.Application.Tests.Files;

/// <summary>
/// Outputs appear whole or not at all, with the mode asked for, and are never written through a
/// link. The tests run as root in CI, so write protection is decided by the mode bits, not by the
/// operating system refusing.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _dir = Directory.CreateTempSubdirectory("caselens-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_new_file_is_written_whole_and_readable_by_its_owner_only()
    {
        var target = Path.Combine(_dir, "report.json");

        var result = await AtomicFile.WriteAsync(target, OwnerOnly, Text("{}"));

        result.Succeeded.ShouldBeTrue();
        (await File.ReadAllTextAsync(target)).ShouldBe("{}");
        File.GetUnixFileMode(target).ShouldBe(OwnerOnly);
        Directory.GetFiles(_dir).ShouldBe([target]);
    }

    [Fact]
    public async Task The_mode_asked_for_is_given_exactly()
    {
        var target = Path.Combine(_dir, "shared.csv");
        const UnixFileMode everyoneReads = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

        (await AtomicFile.WriteAsync(target, everyoneReads, Text("a"))).Succeeded.ShouldBeTrue();

        File.GetUnixFileMode(target).ShouldBe(everyoneReads);
    }

    [Fact]
    public async Task The_data_go_through_an_unpredictable_owner_only_file_beside_the_target()
    {
        var target = Path.Combine(_dir, "out.csv");
        var seen = new List<(string Name, UnixFileMode Mode)>();
        Func<Stream, Task> spy = stream =>
        {
            var temporary = Directory.GetFiles(_dir).Single(f => f != target);
            seen.Add((Path.GetFileName(temporary), File.GetUnixFileMode(temporary)));
            return stream.WriteAsync("x"u8.ToArray()).AsTask();
        };

        await AtomicFile.WriteAsync(target, OwnerOnly | UnixFileMode.OtherRead, spy);
        await AtomicFile.WriteAsync(target, OwnerOnly | UnixFileMode.OtherRead, spy);

        seen.Count.ShouldBe(2);
        seen[0].Name.ShouldNotBe(seen[1].Name);
        seen.ShouldAllBe(s => s.Name.StartsWith(".out.csv.", StringComparison.Ordinal) && s.Name.Length > 30);
        seen.ShouldAllBe(s => s.Mode == (OwnerOnly | UnixFileMode.OtherRead));
    }

    [Fact]
    public async Task A_target_that_is_a_link_is_refused_and_the_file_it_points_to_is_untouched()
    {
        var victim = Path.Combine(_dir, "victim.txt");
        await File.WriteAllTextAsync(victim, "theirs");
        var target = Path.Combine(_dir, "out.csv");
        File.CreateSymbolicLink(target, victim);

        var result = await AtomicFile.WriteAsync(target, OwnerOnly, Text("ours"));

        result.Problems.Single().Message.ShouldContain("is a symbolic link");
        (await File.ReadAllTextAsync(victim)).ShouldBe("theirs");
        new FileInfo(target).LinkTarget.ShouldBe(victim);
    }

    [Fact]
    public async Task Links_planted_at_the_old_temporary_name_are_not_followed()
    {
        var victim = Path.Combine(_dir, "victim.txt");
        await File.WriteAllTextAsync(victim, "theirs");
        var target = Path.Combine(_dir, "out.csv");
        File.CreateSymbolicLink(target + ".partial", victim);

        (await AtomicFile.WriteAsync(target, OwnerOnly, Text("ours"))).Succeeded.ShouldBeTrue();

        (await File.ReadAllTextAsync(victim)).ShouldBe("theirs");
        (await File.ReadAllTextAsync(target)).ShouldBe("ours");
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.UserRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.GroupWrite)]
    public async Task A_write_protected_target_is_not_replaced(UnixFileMode protectedMode)
    {
        var target = Path.Combine(_dir, "final.html");
        await File.WriteAllTextAsync(target, "signed off");
        File.SetUnixFileMode(target, protectedMode);

        var result = await AtomicFile.WriteAsync(target, OwnerOnly, Text("draft"));

        result.Problems.Single().Message.ShouldContain("is write-protected");
        (await File.ReadAllTextAsync(target)).ShouldBe("signed off");
        Directory.GetFiles(_dir).ShouldBe([target]);
    }

    [Fact]
    public async Task A_writer_that_fails_leaves_the_old_file_and_no_temporary_file()
    {
        var target = Path.Combine(_dir, "report.docx");
        await File.WriteAllTextAsync(target, "previous");

        await Should.ThrowAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(target, OwnerOnly, async stream =>
        {
            await stream.WriteAsync("half"u8.ToArray());
            throw new InvalidOperationException("renderer failed");
        }));

        (await File.ReadAllTextAsync(target)).ShouldBe("previous");
        Directory.GetFiles(_dir).ShouldBe([target]);
    }

    [Fact]
    public async Task A_folder_is_refused_and_a_missing_folder_fails()
    {
        (await AtomicFile.WriteAsync(_dir, OwnerOnly, Text("x"))).Problems.Single().Message.ShouldContain("is a folder");
        await Should.ThrowAsync<DirectoryNotFoundException>(() => AtomicFile.WriteAsync(Path.Combine(_dir, "no", "x.csv"), OwnerOnly, Text("x")));
    }

    private static Func<Stream, Task> Text(string text) => stream => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();
}
