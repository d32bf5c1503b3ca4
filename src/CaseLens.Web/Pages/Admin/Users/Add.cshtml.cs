using CaseLens.Application.Accounts;
using CaseLens.Domain.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Admin.Users;

/// <summary><c>/admin/users/add</c>: a new account with its role, scope and first password; administrators only.</summary>
public sealed class AddUserModel(AddAccount adding) : PageModel
{
    [BindProperty(Name = "name")]
    public string Name { get; set; } = string.Empty;

    [BindProperty(Name = "password")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public AccessFields Access { get; set; } = new();

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var rights = Access.Read();
        if (!rights.Succeeded)
        {
            Problems = rights.Problems;
            return Page();
        }

        var added = await adding.AddAsync(new NewAccount(Name.Trim(), rights.Value.Role, rights.Value.Scope, Password), HttpContext.RequestAborted);
        Password = string.Empty;
        if (!added.Succeeded)
        {
            Problems = added.Problems;
            return Page();
        }

        return RedirectToPage("/Admin/Users/Index");
    }
}
