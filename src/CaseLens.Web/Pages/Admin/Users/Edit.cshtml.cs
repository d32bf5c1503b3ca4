using CaseLens.Application.Accounts;
using CaseLens.Domain.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Admin.Users;

/// <summary><c>/admin/users/{id}</c>: one account's role and boards, and lock or unlock; administrators only; 404 for an unknown id.</summary>
public sealed class EditUserModel(ListAccounts list, ChangeAccess changing, LockAccount locking) : PageModel
{
    [FromRoute(Name = "id")]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public AccessFields Access { get; set; } = new();

    public AccountSummary? Account { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Access = AccessFields.Of(Account!.Rights);
        return Page();
    }

    public async Task<IActionResult> OnPostAccessAsync()
    {
        var rights = Access.Read();
        var done = rights.Succeeded ? await changing.ChangeAsync(Id, rights.Value, HttpContext.RequestAborted) : rights;
        return await AfterAsync(done, "Role and boards saved.");
    }

    public async Task<IActionResult> OnPostLockAsync(bool locked) =>
        await AfterAsync(await locking.SetLockedAsync(Id, locked, HttpContext.RequestAborted), locked ? "Account locked." : "Account unlocked.");

    private async Task<IActionResult> AfterAsync(Result done, string message)
    {
        if (done.Kind == ProblemKind.NotFound || !await LoadAsync())
        {
            return NotFound();
        }

        Problems = done.Problems;
        Message = done.Succeeded ? message : null;
        if (done.Succeeded)
        {
            Access = AccessFields.Of(Account!.Rights);
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Account = (await list.ListAsync(HttpContext.RequestAborted)).SingleOrDefault(a => a.Id == Id);
        return Account is not null;
    }
}
