using CaseLens.Application.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Admin.Users;

/// <summary><c>/admin/users</c>: every account, with lock and unlock in place; administrators only.</summary>
public sealed class UsersModel(ListAccounts list, LockAccount locking) : PageModel
{
    public IReadOnlyList<AccountRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = [.. (await list.ListAsync(HttpContext.RequestAborted)).Select(a => new AccountRow(a))];

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked)
    {
        var done = await locking.SetLockedAsync(id, locked, HttpContext.RequestAborted);
        if (Request.Headers["HX-Request"] != "true")
        {
            return RedirectToPage();
        }

        var account = (await list.ListAsync(HttpContext.RequestAborted)).SingleOrDefault(a => a.Id == id);
        return account is null ? NotFound() : Partial("_AccountRow", new AccountRow(account, done.Succeeded ? null : done.Problems[0].Message));
    }
}
