using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages;

/// <summary>
/// <c>/signin</c>: the fields <c>username</c> and <c>password</c> and the antiforgery token. A wrong
/// password counts towards lockout; the answer does not say whether the name exists or is locked.
/// </summary>
public sealed class SignInModel(SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty(Name = "username")]
    public string Username { get; set; } = string.Empty;

    [BindProperty(Name = "password")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Username, Password, isPersistent: false, lockoutOnFailure: true);
        Password = string.Empty;
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn.Of(Url, ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/SignInCode", new { returnUrl = SafeReturn.Of(Url, ReturnUrl) });
        }

        Failed = true;
        return Page();
    }
}
