using CaseLens.Application.Accounts;
using CaseLens.Application.Intensive;
using CaseLens.Domain.Intensive;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseLens.Web.Pages.Cases.Intensive;

/// <summary>
/// <c>/intensive</c>: the intensive sample's cases, for an administrator or analyst with a national
/// scope (the sample has no board); 404 for a board scope, as for any page they may not see.
/// </summary>
public sealed class IntensiveIndexModel(ListIntensiveCases listing) : PageModel
{
    public IReadOnlyList<IntensiveCase> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var rights = AccessClaims.RightsOf(User);
        if (!rights.SeesIntensiveCases)
        {
            return NotFound();
        }

        Cases = await listing.ListAsync(rights, HttpContext.RequestAborted);
        return Page();
    }
}
