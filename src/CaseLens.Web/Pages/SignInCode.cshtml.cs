using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages;

/// <summary>
/// <c>/signin/code</c>: the second step for an account with an authenticator, after the password.
/// A wrong code counts towards lockout as a wrong password does. Without a first step, back to sign-in.
/// </summary>
public sealed class SignInCodeModel(SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty(Name = "code")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/SignIn");
        }

        var digits = Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn.Of(Url, ReturnUrl));
        }

        Failed = true;
        return Page();
    }
}
