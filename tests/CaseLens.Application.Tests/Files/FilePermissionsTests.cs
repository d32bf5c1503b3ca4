using CaseLens.Application.Files;

namespace CaseLens.Application.Tests.Files;

public sealed class FilePermissionsTests
{
    [Theory]
    [InlineData("600", "0600")]
    [InlineData("0640", "0640")]
    [InlineData("0644", "0644")]
    public void Owner_read_write_with_read_for_others_is_allowed(string text, string expected) =>
        FilePermissions.Text(FilePermissions.Parse(text).Value).ShouldBe(expected);

    [Theory]
    [InlineData("0666")]
    [InlineData("0700")]
    [InlineData("0400")]
    [InlineData("2600")]
    [InlineData("0680")]
    [InlineData("60")]
    [InlineData("u=rw")]
    public void Anything_else_is_refused(string text) =>
        FilePermissions.Parse(text).Succeeded.ShouldBeFalse();
}
