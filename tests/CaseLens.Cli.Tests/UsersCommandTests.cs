using CaseLens.Application.Accounts;
using CaseLens.Domain.Access;
using CaseLens.Storage;
using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseLens.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private const string Password = "a long enough passphrase";
    private readonly TempDirectory _dir = new();

    private string Db => _dir.File("caselens.db");

    [Fact]
    public async Task Users_add_makes_an_account_with_its_role_and_boards_and_never_prints_the_password()
    {
        var run = CliRun.Of("users", "add", "bob", "--role", "analyst", "--boards", "Board A;Board B", "--password-file", PasswordFile(Password + "\n"), "--db", Db);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("Added user bob: analyst, Board A;Board B.");
        run.ToString().ShouldNotContain(Password);
        var bob = (await AccountsAsync()).ShouldHaveSingleItem();
        bob.Rights.ShouldBe(new AccessRights(Role.Analyst, Scope.OfBoards(["Board A", "Board B"])));
        (await PasswordIsAsync("bob", Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task Without_boards_the_scope_is_national()
    {
        var run = CliRun.Of("users", "add", "alice", "--role", "administrator", "--password-file", PasswordFile(Password), "--db", Db);

        run.ExitCode.ShouldBe(0, run.ToString());
        (await AccountsAsync()).ShouldHaveSingleItem().Rights.ShouldBe(new AccessRights(Role.Administrator, Scope.National));
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_rule_and_makes_no_account()
    {
        var run = CliRun.Of("users", "add", "bob", "--role", "reader", "--password-file", PasswordFile("short"), "--db", Db);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("at least 12 characters");
        run.ToString().ShouldNotContain("short\n");
        (await AccountsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public void A_name_already_taken_is_refused()
    {
        CliRun.Of("users", "add", "bob", "--role", "reader", "--password-file", PasswordFile(Password), "--db", Db).ExitCode.ShouldBe(0);

        var again = CliRun.Of("users", "add", "bob", "--role", "analyst", "--password-file", PasswordFile(Password), "--db", Db);

        again.ExitCode.ShouldBe(2, again.ToString());
        again.Error.ShouldContain("bob");
    }

    [Theory]
    [InlineData("--role", "owner", "owner")]
    [InlineData("--boards", "A;;B", "--boards")]
    [InlineData("--password-file", "missing.pw", "--password-file")]
    public void Bad_options_are_invalid_input(string option, string value, string named)
    {
        var args = new Dictionary<string, string>
        {
            ["--role"] = "reader",
            ["--password-file"] = PasswordFile(Password),
            [option] = option == "--password-file" ? _dir.File(value) : value,
        };

        var run = CliRun.Of(["users", "add", "bob", "--db", Db, .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(named);
    }

    [Fact]
    public void An_empty_password_file_is_refused() =>
        CliRun.Of("users", "add", "bob", "--role", "reader", "--password-file", PasswordFile("\n"), "--db", Db).ExitCode.ShouldBe(2);

    private string PasswordFile(string text)
    {
        var path = _dir.File($"pw-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<IReadOnlyList<AccountSummary>> AccountsAsync()
    {
        await using var accounts = AccountStore.CreateContext(StoreLocation.Parse(Db));
        return await new ListAccounts(accounts, TimeProvider.System).ListAsync();
    }

    private async Task<bool> PasswordIsAsync(string name, string password)
    {
        await using var accounts = AccountStore.CreateContext(StoreLocation.Parse(Db));
        var user = await accounts.Users.SingleAsync(u => u.UserName == name);
        return new PasswordHasher<IdentityUser>().VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
