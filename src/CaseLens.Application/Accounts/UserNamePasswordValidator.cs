using Microsoft.AspNetCore.Identity;

namespace CaseLens.Application.Accounts;

/// <summary>Refuses a password that contains the account's own name, whatever its case.</summary>
internal sealed class UserNamePasswordValidator : IPasswordValidator<IdentityUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        var name = user.UserName;
        return Task.FromResult(!string.IsNullOrEmpty(name) && password?.Contains(name, StringComparison.OrdinalIgnoreCase) == true
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordContainsUserName", Description = "Passwords must not contain the user name." })
            : IdentityResult.Success);
    }
}
