using CaseLens.Domain.Problems;
using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>Identity's refusals as CaseLens problems: one place where its error codes get ours and a kind.</summary>
internal static class IdentityProblems
{
    public static Result Of(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return Result.Success;
        }

        var taken = result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName));
        return Result.Fail(taken ? ProblemKind.Conflict : ProblemKind.Invalid, result.Errors.Select(e => new Problem(CodeOf(e.Code), e.Description)));
    }

    private static string CodeOf(string identityCode) => identityCode switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => "account.name.taken",
        nameof(IdentityErrorDescriber.InvalidUserName) => "account.name.invalid",
        _ when identityCode.StartsWith("Password", StringComparison.Ordinal) => "account.password.rules",
        _ => "account.refused",
    };

    public static Result NotFound() => Result.Fail(ProblemKind.NotFound, new Problem("account.missing", "There is no such account."));

    public static Result LastAdministrator() => Result.Fail(
        ProblemKind.Conflict,
        new Problem("account.last-administrator", "This is the last administrator who can sign in: make another administrator first."));
}
