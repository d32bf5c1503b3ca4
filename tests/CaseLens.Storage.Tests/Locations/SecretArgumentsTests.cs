using CaseLens.Storage.Locations;

namespace CaseLens.Storage.Tests.Locations;

public sealed class SecretArgumentsTests
{
    [Theory]
    [InlineData("Host=db;Password=hunter2")]
    [InlineData("pwd=hunter2")]
    [InlineData("Host=db; PSW = hunter2")]
    [InlineData("postgresql://app:hunter2@db/x")]
    [InlineData("postgres://db/x?sslmode=require&password=hunter2")]
    public void Arguments_with_a_password_are_recognised(string argument) =>
        SecretArguments.CarriesSecret(argument).ShouldBeTrue();

    [Theory]
    [InlineData("Host=db;Username=app")]
    [InlineData("postgresql://app@db/x")]
    [InlineData("/data/passwords.db")]
    public void Arguments_without_one_are_not(string argument) =>
        SecretArguments.CarriesSecret(argument).ShouldBeFalse();

    [Fact]
    public void A_message_quoting_the_pieces_of_a_split_password_hides_them()
    {
        string[] arguments = ["cases", "--db", "Host=db;Password=hunter2", "two"];

        var message = SecretArguments.Redact("Unrecognized command or argument 'two'. Bad 'Host=db;Password=hunter2'", arguments);

        message.ShouldNotContain("hunter2");
        message.ShouldNotContain("'two'");
    }

    [Fact]
    public void A_message_is_left_alone_when_no_argument_holds_a_password() =>
        SecretArguments.Redact("Unrecognized command or argument 'two'.", ["cases", "two"]).ShouldBe("Unrecognized command or argument 'two'.");
}
