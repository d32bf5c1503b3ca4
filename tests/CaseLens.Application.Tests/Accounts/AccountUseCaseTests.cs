using CaseLens.Application.Accounts;
using CaseLens.Application.Tests.Databases;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;
using CaseLens.Storage;
using CaseLens.TestKit.Databases;
using CaseLens.TestKit;
using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Tests.Accounts;

public sealed class AccountUseCaseTests(FreshDatabases databases) : IClassFixture<FreshDatabases>
{

    [Theory, OnSqlite, OnPostgres]
    public async Task An_added_account_is_listed_with_its_role_and_scope(DatabaseProvider provider)
    {
        await using var host = await AccountHost.OpenAsync(await databases.NewAsync(provider));

        var added = await host.AddAsync("ann", Role.Analyst, Scope.OfBoards(["Board A", "Board B"]));
        var listed = await host.Run<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync());

        added.Succeeded.ShouldBeTrue();
        var ann = listed.ShouldHaveSingleItem();
        ann.Name.ShouldBe("ann");
        ann.Rights.ShouldBe(new AccessRights(Role.Analyst, Scope.OfBoards(["Board B", "Board A"])));
        ann.LockedOut.ShouldBeFalse();
        ann.TwoFactor.ShouldBeFalse();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_name_already_taken_is_a_conflict_and_adds_nothing(DatabaseProvider provider)
    {
        await using var host = await AccountHost.OpenAsync(await databases.NewAsync(provider));
        await host.AddAsync("ann", Role.Administrator, Scope.National);

        var again = await host.AddAsync("ann", Role.Reader, Scope.National);

        again.Kind.ShouldBe(ProblemKind.Conflict);
        again.Problems.ShouldContain(p => p.Code == "account.name.taken");
        (await host.Run<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync())).ShouldHaveSingleItem().Rights.Role.ShouldBe(Role.Administrator);
    }

    [Theory]
    [InlineData("short pass")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("my name is bob ok")]
    public async Task A_password_against_the_rules_is_refused_with_the_rule_and_no_account_is_left(string password)
    {
        await using var host = await AccountHost.OpenAsync(await databases.NewAsync(DatabaseProvider.Sqlite));

        var added = await host.AddAsync("bob", Role.Reader, Scope.National, password);

        added.Kind.ShouldBe(ProblemKind.Invalid);
        added.Problems.ShouldAllBe(p => p.Code == "account.password.rules");
        added.Problems.ShouldAllBe(p => !p.Message.Contains(password, StringComparison.Ordinal));
        (await host.Run<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync())).ShouldBeEmpty();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Changing_access_replaces_the_role_and_the_scope(DatabaseProvider provider)
    {
        await using var host = await AccountHost.OpenAsync(await databases.NewAsync(provider));
        await host.AddAsync("root", Role.Administrator, Scope.National);
        var ann = (await host.AddAsync("ann", Role.Analyst, Scope.National)).Value;

        var changed = await host.Run<ChangeAccess, Result>(c => c.ChangeAsync(ann.Id, new AccessRights(Role.Reader, Scope.OfBoards(["Board C"]))));

        changed.Succeeded.ShouldBeTrue();
        (await host.Run<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync())).Single(a => a.Name == "ann").Rights
            .ShouldBe(new AccessRights(Role.Reader, Scope.OfBoards(["Board C"])));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task The_last_administrator_can_be_neither_demoted_nor_locked(DatabaseProvider provider)
    {
        await using var host = await AccountHost.OpenAsync(await databases.NewAsync(provider));
        var root = (await host.AddAsync("root", Role.Administrator, Scope.National)).Value;

        var demoted = await host.Run<ChangeAccess, Result>(c => c.ChangeAsync(root.Id, new AccessRights(Role.Analyst, Scope.National)));
        var locked = await host.Run<LockAccount, Result>(l => l.SetLockedAsync(root.Id, locked: true));

        demoted.Problems.ShouldHaveSingleItem().Code.ShouldBe("account.last-administrator");
        locked.Problems.ShouldHaveSingleItem().Code.ShouldBe("account.last-administrator");
        (await host.Run<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync())).ShouldHaveSingleItem().ShouldBe(root);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task A_locked_account_stays_locked_until_unlocked(DatabaseProvider provider)
    {
        await using var host = await AccountHost.OpenAsync(await databases.NewAsync(provider));
        await host.AddAsync("root", Role.Administrator, Scope.National);
        var ann = (await host.AddAsync("ann", Role.Analyst, Scope.National)).Value;

        (await host.Run<LockAccount, Result>(l => l.SetLockedAsync(ann.Id, locked: true))).Succeeded.ShouldBeTrue();
        host.Time.Advance(TimeSpan.FromDays(3650));
        var whileLocked = await host.Run<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync());
        (await host.Run<LockAccount, Result>(l => l.SetLockedAsync(ann.Id, locked: false))).Succeeded.ShouldBeTrue();
        var afterUnlock = await host.Run<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync());

        whileLocked.Single(a => a.Name == "ann").LockedOut.ShouldBeTrue();
        afterUnlock.Single(a => a.Name == "ann").LockedOut.ShouldBeFalse();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Two_factor_is_turned_on_only_by_a_right_code(DatabaseProvider provider)
    {
        await using var host = await AccountHost.OpenAsync(await databases.NewAsync(provider));
        var ann = (await host.AddAsync("ann", Role.Analyst, Scope.National)).Value;
        var key = (await host.Run<TwoFactorEnrolment, AuthenticatorKey?>(t => t.KeyAsync(ann.Id)))!;
        var code = Totp.Code(key.SharedKey, TimeProvider.System.GetUtcNow());
        var wrong = ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        var refused = await host.Run<TwoFactorEnrolment, Result>(t => t.EnableAsync(ann.Id, wrong));
        var enabled = await host.Run<TwoFactorEnrolment, Result>(t => t.EnableAsync(ann.Id, code[..3] + " " + code[3..]));

        refused.Problems.ShouldHaveSingleItem().Code.ShouldBe("account.two-factor.code");
        enabled.Succeeded.ShouldBeTrue();
        key.Uri.Scheme.ShouldBe("otpauth");
        key.Uri.Query.ShouldContain("issuer=CaseLens");
        (await host.Run<ListAccounts, IReadOnlyList<AccountSummary>>(l => l.ListAsync())).ShouldHaveSingleItem().TwoFactor.ShouldBeTrue();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Showing_a_first_key_keeps_the_security_stamp_so_the_session_goes_on(DatabaseProvider provider)
    {
        await using var host = await AccountHost.OpenAsync(await databases.NewAsync(provider));
        var ann = (await host.AddAsync("ann", Role.Analyst, Scope.National)).Value;
        var before = await host.Run<UserManager<IdentityUser>, string>(async u => await u.GetSecurityStampAsync((await u.FindByIdAsync(ann.Id))!));

        var first = await host.Run<TwoFactorEnrolment, AuthenticatorKey?>(t => t.KeyAsync(ann.Id));
        var again = await host.Run<TwoFactorEnrolment, AuthenticatorKey?>(t => t.KeyAsync(ann.Id));

        (await host.Run<UserManager<IdentityUser>, string>(async u => await u.GetSecurityStampAsync((await u.FindByIdAsync(ann.Id))!))).ShouldBe(before);
        again!.SharedKey.ShouldBe(first!.SharedKey);
    }
}
