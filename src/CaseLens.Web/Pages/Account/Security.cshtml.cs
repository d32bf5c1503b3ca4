using CaseLens.Application.Accounts;
using CaseLens.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Account;

/// <summary><c>/account/security</c>: turns the optional authenticator (TOTP) on, with a QR code, or off; every role.</summary>
public sealed class SecurityModel(TwoFactorEnrolment enrolment, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    public bool Enabled { get; private set; }

    public AuthenticatorKey? Key { get; private set; }

    public string? QrCode => Key is null ? null : QrCodeImage.DataUri(Key.Uri);

    /// <summary>The key in groups of four, easier to type.</summary>
    public string GroupedKey => Key is null ? string.Empty
        : string.Join(' ', Key.SharedKey.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    public string? Message { get; private set; }

    public string? CodeError { get; private set; }

    [BindProperty(Name = "code")]
    public string Code { get; set; } = string.Empty;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var enabled = await enrolment.EnableAsync(AccountId, Code, HttpContext.RequestAborted);
        if (enabled.Succeeded)
        {
            Message = "The authenticator is on: from now on, signing in asks for its code.";
            await RefreshAsync();
        }
        else
        {
            CodeError = enabled.Problems[0].Message;
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var disabled = await enrolment.DisableAsync(AccountId, HttpContext.RequestAborted);
        Message = disabled.Succeeded ? "The authenticator is off, and its key is replaced." : disabled.Problems[0].Message;
        await RefreshAsync();
        return await ShowAsync();
    }

    private string AccountId => users.GetUserId(User) ?? string.Empty;

    private async Task<IActionResult> ShowAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        Enabled = user.TwoFactorEnabled;
        Key = Enabled ? null : await enrolment.KeyAsync(user.Id);
        return Page();
    }

    private async Task RefreshAsync()
    {
        // The account changed (its stamp too): the session is issued again so that it stays valid.
        if (await users.GetUserAsync(User) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
