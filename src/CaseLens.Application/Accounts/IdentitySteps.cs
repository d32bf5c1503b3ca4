using CaseLens.Domain.Problems;
using CaseLens.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>
/// Runs several Identity changes to one account in one transaction: all of them, or none when one
/// is refused (Identity saves after each step, so without the transaction a refusal would leave
/// half a change).
/// </summary>
internal static class IdentitySteps
{
    public static async Task<Result> RunAsync(AccountsContext accounts, CancellationToken cancellationToken, params Func<Task<IdentityResult>>[] steps)
    {
        await using var transaction = await accounts.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var step in steps)
        {
            var done = IdentityProblems.Of(await step().ConfigureAwait(false));
            if (!done.Succeeded)
            {
                return done;
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Result.Success;
    }
}
