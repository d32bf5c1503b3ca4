using CaseLens.Application.Accounts;
using CaseLens.Application.Tests.Databases;
using CaseLens.Domain.Access;
using CaseLens.Domain.Problems;

namespace CaseLens.Application.Tests.Accounts;

internal static class AccountHostExtensions
{
    public const string DefaultPassword = "correct horse battery";

    public static Task<Result<AccountSummary>> AddAsync(this AccountHost host, string name, Role role, Scope scope, string password = DefaultPassword) =>
        host.Run<AddAccount, Result<AccountSummary>>(a => a.AddAsync(new NewAccount(name, role, scope, password)));
}
