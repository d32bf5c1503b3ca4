using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases;

/// <summary>
/// <c>/cases/{case_id}</c>: one case, for administrators and analysts in scope. Until the case use
/// cases fill it, every id answers 404, the answer an out-of-scope id will always get.
/// </summary>
public sealed class CaseModel : PageModel
{
    public IActionResult OnGet() => NotFound();
}
